SPEC = {}
SPEC['agglo-du-grand-morvel-web.md'] = dict(
 desc="Agglomération fictive du Grand Morvel, page web collée : menu, fil d'Ariane, partage, tableau Autorisé / Interdit, encadrés « Bon à savoir » et « Témoignage », FAQ, bandeau cookies, pied de page",
 expect=[
  ("CTR001", "| Résumer un compte rendu de réunion publique | Rédiger un arrêté ou une délibération avec une IA |", "Les agents du service urbanisme peuvent générer avec Morvia les arrêtés",
   "cellule de la colonne « Interdit » / permission en prose ; un arrêté de non-opposition est un arrêté ; générer, c'est rédiger"),
  ("CTR001", "Aucun document interne non publié ne doit être copié", "Les assistantes de direction peuvent faire résumer par Perplexity",
   "les notes internes du comité de direction sont des documents internes non publiés ; Perplexity est cité parmi les outils accessibles au public ; permission dans un encadré « Bon à savoir »"),
  ("CTR002", "L'Agglomération s'interdit toute reconnaissance faciale dans l'espace public", "le centre de supervision urbain doit activer l'identification automatique des visages",
   "auto-interdiction / obligation ; l'identification automatique des visages est une reconnaissance faciale ; la gare routière est un espace public"),
  ("CTR003", "Les questions posées à Morvia par les agents sont effacées au bout de 48 heures", "Elles sont conservées douze mois, puis anonymisées.",
   "questions posées à Morvia = requêtes ; 48 heures / douze mois (réponse de la FAQ, sur la même ligne que la question)"),
 ],
 traps=[
  (4, "Mettre l'IA au service des habitants des 34 communes", None, "ambition, pas une norme"),
  (6, "Plus précisément, Morvia est installé dans le centre de données", "Les données de Morvia sont hébergées dans l'Union européenne", "Besançon (France) est dans l'Union européenne : valeurs compatibles, la seconde précise la première"),
  (2, "Morvia peut relire un projet de délibération pour en vérifier l'orthographe", "| Résumer un compte rendu de réunion publique | Rédiger un arrêté", "relire l'orthographe n'est pas rédiger ; la phrase exclut elle-même toute rédaction"),
  (2, "Le comptage anonyme des piétons par caméra reste autorisé", "L'Agglomération s'interdit toute reconnaissance faciale", "comptage anonyme : aucune reconnaissance de visage"),
  (6, "Les journaux techniques de Morvia sont conservés six mois", "Les questions posées à Morvia par les agents sont effacées au bout de 48 heures", "journaux techniques / questions : données différentes"),
  (4, "Avant, je passais une matinée sur le compte rendu", None, "témoignage, pas une norme"),
  (4, "La charte ne concerne que les usages professionnels des agents", None, "champ d'application : usages privés hors charte"),
 ])
