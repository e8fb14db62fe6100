SPEC = {}
SPEC['agglo-pays-de-loubens-web.md'] = dict(
 desc="Communauté d'agglomération fictive du Pays de Loubens, page web collée : menu, fil d'Ariane, partage, bandeau cookies, témoignage, pied de page",
 expect=[
  ("CTR001", "L'usage d'IA génératives gratuites en ligne est banni", "Les bibliothécaires du réseau des médiathèques peuvent utiliser la version gratuite de Perplexity",
   "la version gratuite de Perplexity est une IA générative gratuite en ligne ; les bibliothécaires de l'Agglo font partie de « l'ensemble des agents »"),
  ("CTR001", "Aucune donnée relative à un mineur ne peut être saisie", "Les animateurs du service enfance-jeunesse peuvent utiliser Loubia",
   "les dossiers des enfants contiennent des données relatives à des mineurs ; « quel qu'il soit » couvre Loubia"),
  ("CTR002", "Il est interdit de publier sur le site de l'Agglo une image générée par IA représentant une personne réelle", "Le service communication doit illustrer chaque fiche",
   "un avatar généré à partir de la photographie d'un élu représente une personne réelle, publié sur le site"),
  ("CTR003", "Les enregistrements des appels au standard sont conservés 15 jours", "Les enregistrements des appels téléphoniques au standard sont effacés après un mois",
   "même objet, 15 jours / un mois"),
 ],
 traps=[
  (4, "Nous utilisons des cookies pour mesurer", None, "bandeau de cookies collé avec la page : norme visant le visiteur du site"),
  (4, "L'objectif est simple", None, "objectif"),
  (4, "« Loubia m'aide à reformuler mes courriels", None, "témoignage cité, pas une norme"),
  (3, "Loubia, l'assistant de l'Agglo, est hébergé", "L'usage d'IA génératives gratuites en ligne est banni", "Loubia, outil de l'Agglo, n'est pas une IA gratuite en ligne"),
  (2, "Loubia peut produire des statistiques anonymisées", "Aucune donnée relative à un mineur", "statistiques anonymisées : aucune donnée relative à un mineur identifiable"),
  (2, "Les affiches des événements culturels peuvent être illustrées", "Il est interdit de publier sur le site de l'Agglo une image générée", "paysages : aucune personne réelle représentée"),
  (4, "Un exemple à ne pas suivre", None, "mauvaise pratique citée"),
  (6, "Les transcriptions écrites des appels sont conservées six mois", "Les enregistrements des appels au standard sont conservés 15 jours", "transcriptions / enregistrements : données différentes"),
  (5, "L'Agglo s'engage à ne jamais recourir à la vidéosurveillance", None, "auto-interdiction sans permission contraire"),
 ])
