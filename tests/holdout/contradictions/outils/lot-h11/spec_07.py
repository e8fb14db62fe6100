SPEC = {}
SPEC['ccas-de-saint-julien-des-ormeaux.md'] = dict(
 desc="CCAS fictif de Saint-Julien-des-Orméaux, charte interne : tableau d'outils, « Ce que nous nous interdisons » / « Ce que l'IA peut faire pour nous », exception expresse, tableau de conservation",
 expect=[
  ("CTR001", "Les informations relatives à la santé, au handicap", "Les travailleurs sociaux peuvent demander à Aidéa de résumer les notifications de la MDPH",
   "une notification de la MDPH révèle le handicap de la personne ; Aidéa est un outil d'IA (« aucun outil d'IA »)"),
  ("CTR002", "Aucune aide facultative n'est attribuée, modulée ou refusée", "Pour les secours d'urgence, l'agent d'accueil applique le montant calculé par Aidéa",
   "un secours d'urgence est une aide facultative ; en appliquer le montant calculé par l'IA « tel quel », c'est l'attribuer sur la base de ce calcul ; interdiction / obligation (« doit être retenu »)"),
  ("CTR001", "Les outils d'IA grand public ne reçoivent aucune donnée nominative.", "L'animatrice du pôle seniors peut coller dans Le Chat",
   "Le Chat est un outil grand public (tableau) ; une liste nominative est une donnée nominative"),
  ("CTR001", "Seul le directeur du CCAS peut autoriser l'usage d'un nouvel outil", "Chaque travailleur social peut installer dans son navigateur l'extension d'IA",
   "restriction « seul » (ligne de la restriction) : l'extension d'IA « de son choix » est un nouvel outil installé sans autorisation du directeur"),
  ("CTR003", "Les conversations avec Aidéa sont conservées 15 jours", "| Conversations Aidéa | 1 mois |",
   "même donnée, même outil : 15 jours / 1 mois"),
 ],
 traps=[
  (4, "Le CCAS accompagne chaque année près de 1 400 personnes", None, "objectif et présentation"),
  (4, "| ChatGPT, Gemini, Le Chat | Éditeurs grand public |", None, "rangée de tableau : usage borné aux textes sans information sur une personne, cohérent avec l'interdiction"),
  (3, "Aidéa peut aider à rédiger les courriers d'invitation au repas des aînés", "Les outils d'IA grand public ne reçoivent aucune donnée nominative.", "Aidéa, hébergé par la Ville, n'est pas un outil grand public"),
  (2, "Aidéa peut préparer pour la commission permanente une fiche de présentation", "Aucune aide facultative n'est attribuée, modulée ou refusée", "fiche sans avis ni montant : rien n'est décidé sur un calcul de l'IA"),
  (2, "Linguea peut être utilisé pendant les entretiens avec les personnes non francophones", "Aucun outil d'IA n'est utilisé pendant un entretien", "exception expressément prévue par l'interdiction elle-même"),
  (5, "Le CCAS s'engage à ne jamais recourir à un score automatisé", None, "auto-interdiction sans permission contraire"),
  (4, "L'IA peut produire un texte convaincant et faux.", None, "avertissement"),
  (4, "La Ville, qui héberge Aidéa, ne doit transmettre", None, "norme visant l'hébergeur"),
  (6, "| Journaux de connexion Aidéa | 6 mois |", "| Conversations Aidéa | 1 mois |", "journaux / conversations : données différentes"),
 ])
