SPEC = {}
SPEC['ville-brassac-les-tilleuls-word.md'] = dict(
 desc="Ville fictive de Brassac-les-Tilleuls, Word converti : BOM, CRLF, « Article 1er – », définitions 1°, items a), usages 1°…5°, tableau de conservation en annexe",
 expect=[
  ("CTR001", "a) rédiger tout ou partie d'un acte administratif", "3° la préparation, par Marelle, d'une première version des projets de délibération",
   "un projet de délibération est un acte administratif (définition 3°) ; préparer une première version, c'est rédiger ; « y compris Marelle » dans le chapeau de l'article 5"),
  ("CTR001", "a) aucune donnée à caractère personnel n'est saisie dans un outil d'IA grand public", "4° l'aide à la rédaction des réponses aux demandes de renseignements",
   "nom et adresse du demandeur sont des données personnelles ; une réponse à une demande de renseignements n'est pas une décision (pas de paire avec l'art. 5 a) ; ChatGPT est un outil d'IA grand public (définition 1°)"),
  ("CTR001", "c) les données relatives à la santé, aux opinions", "5° la synthèse, par Marelle, des projets d'accueil individualisé",
   "un PAI décrit la pathologie ou l'allergie de l'enfant : données de santé ; « quel qu'il soit » couvre Marelle"),
  ("CTR002", "c) apprécier la valeur professionnelle d'un agent", "les chefs de service doivent faire préremplir par Marelle",
   "préremplir l'appréciation générale de la valeur professionnelle, c'est faire apprécier cette valeur par l'IA ; interdiction (art. 5 c) / obligation (art. 7)"),
  ("CTR003", "Les conversations avec Marelle sont conservées quatre-vingt-dix jours", "| Historique des conversations avec Marelle | 6 mois |",
   "conversations = historique des conversations ; 90 jours / 6 mois, la seconde valeur dans le tableau de l'annexe"),
 ],
 traps=[
  (1, "1° la reformulation d'un texte destiné au site internet", "Il est interdit de recourir à un outil d'IA, y compris Marelle, pour :", "le chapeau n'interdit que trois finalités ; reformuler un texte pour le site n'en fait pas partie"),
  (4, "La Ville souhaite que l'intelligence artificielle allège", None, "objectif du préambule"),
  (4, "1° « outil d'IA grand public »", None, "définition : cite ChatGPT, Gemini… sans rien permettre ni interdire"),
  (3, "b) Marelle peut recevoir des données à caractère personnel", "a) aucune donnée à caractère personnel n'est saisie", "Marelle, outil de la Ville, n'est pas un outil d'IA grand public"),
  (2, "b) Marelle peut recevoir des données à caractère personnel", "c) les données relatives à la santé, aux opinions", "règle spéciale plus stricte pour les données de santé, qui vise expressément tout outil : elle restreint la permission générale sans la contredire"),
  (2, "2° la synthèse d'un rapport ou d'une étude déjà publiés", "a) aucune donnée à caractère personnel n'est saisie", "document publié, aucune donnée personnelle saisie : objets disjoints"),
  (2, "L'interdiction du a) ne fait pas obstacle", "a) rédiger tout ou partie d'un acte administratif", "exception écrite dans l'interdiction : résumer un arrêté reçu n'est pas rédiger un acte"),
  (6, "Les journaux de connexion à Marelle sont conservés un an", "Les conversations avec Marelle sont conservées quatre-vingt-dix jours", "journaux de connexion / conversations : données différentes ; « un an » et « 1 an » (tableau) sont la même valeur"),
  (2, "Chaque agent peut, de son côté, utiliser Marelle pour préparer son propre entretien", "c) apprécier la valeur professionnelle d'un agent", "l'agent prépare son entretien : personne n'apprécie sa valeur professionnelle"),
  (6, "se réunit chaque trimestre", "La présente charte est révisée tous les deux ans", "réunion du comité / révision de la charte : paramètres différents"),
 ])
