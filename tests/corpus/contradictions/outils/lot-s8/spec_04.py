SPEC = {}
SPEC['commune-saint-genest-d-olmes-faq.md'] = dict(
 desc="Commune fictive de Saint-Genest-d'Olmes, FAQ pour les agents : tableau récapitulatif à deux colonnes d'outils, questions en gras, réponse sur la ligne suivante, rappel des règles",
 expect=[
  ("CTR001", "| Créer une illustration pour le bulletin municipal | Interdit |", "Oui, c'est même encouragé",
   "interdiction dans une cellule de tableau (colonne ChatGPT, Gemini, Le Chat) / permission dans la réponse de la FAQ (Gemini)"),
  ("CTR001", "| Traiter un document contenant le nom d'un administré | Interdit |", "Oui, collez simplement la lettre dans Le Chat",
   "la lettre d'un habitant contient son nom ; Le Chat est dans la colonne des outils grand public (réponse de la FAQ)"),
  ("CTR002", "- répondre aux réclamations des administrés ;", "Oui, c'est la procédure : l'agent d'accueil colle la réclamation",
   "item d'un chapeau séparé par une ligne vide (« l'IA, quelle qu'elle soit ») / obligation dans une réponse de la FAQ ; Olmia rédige la réponse"),
  ("CTR003", "Ils sont supprimés au bout de 24 heures.", "Les fichiers déposés dans Olmia (PDF, tableurs, images) sont supprimés au bout de 7 jours",
   "documents téléversés = fichiers déposés ; 24 heures / 7 jours"),
 ],
 traps=[
  (4, "Non. Olmia est un assistant installé", None, "réponse descriptive (définition de l'outil), idée reçue en question"),
  (3, "| Traiter un document contenant le nom d'un administré | Interdit | Autorisé |", None, "même ligne du tableau : Olmia, outil de la mairie, est autorisé là où les outils grand public sont interdits"),
  (2, "Oui, à condition de n'y mettre aucune information personnelle", "| Traiter un document contenant le nom d'un administré |", "mot d'accueil sans donnée personnelle : objet disjoint"),
  (2, "Oui, c'est un bon usage : le résumé vous aide", "| Rédiger un arrêté du maire |", "résumer un arrêté préfectoral n'est pas rédiger un arrêté du maire"),
  (1, ">>**Puis-je utiliser Olmia pour préparer l'ordre du jour du conseil municipal ?**", "Il est interdit d'utiliser l'IA, quelle qu'elle soit, pour :", "le chapeau n'interdit que trois finalités ; un ordre du jour n'est pas une délibération (réponse « Oui. »)"),
  (4, "Non, Olmia est réservé aux agents et aux élus", None, "norme visant les habitants, non les agents"),
  (4, "Oui. Il lui arrive d'inventer des références", None, "avertissement"),
  (5, "La commune s'engage à ne pas utiliser l'IA pour surveiller", None, "auto-interdiction sans permission contraire"),
  (6, "L'historique des conversations Olmia est conservé un mois", "Trente jours, puis elles sont effacées", "même valeur en deux unités (trente jours / un mois) : pas de CTR003"),
  (6, "Trente jours, puis elles sont effacées", "Les fichiers déposés dans Olmia (PDF, tableurs, images)", "conversations / fichiers déposés : données différentes"),
 ])
