SPEC = {}
SPEC['commune-la-roque-d-arzac-elus.md'] = dict(
 desc="Commune fictive de La Roque-d'Arzac, charte des élus (en-tête YAML, `perimetre: [elus]`), engagements à la première personne du pluriel",
 expect=[
  ("CTR001", "Les élus s'engagent à ne pas confier à un outil d'IA la rédaction de leurs interventions", "Une déclaration liminaire rédigée par Le Chat peut être lue en séance par le maire",
   "auto-interdiction des élus / permission ; le maire est un élu, une déclaration liminaire lue en séance est une intervention en séance"),
  ("CTR002", "Aucun élu ne transmet à un outil d'IA grand public un document de travail", "Les rapporteurs des commissions doivent faire relire leur rapport par la version gratuite de Copilot",
   "le rapport, avant son envoi aux conseillers, est un rapport de commission non encore rendu public ; la version gratuite de Copilot est un outil grand public"),
  ("CTR001", "Jamais l'IA ne répondra, au nom de la commune", "L'adjoint chargé de la communication peut programmer",
   "réponses générées par l'IA aux messages des habitants sur la page Facebook de la commune"),
  ("CTR003", "Le registre des usages de l'IA par les élus est publié chaque trimestre", "Le registre des usages mentionné ci-dessus est mis en ligne une fois par an",
   "fréquence de publication du même registre : trimestrielle / annuelle"),
 ],
 traps=[
  (4, "Un élu répond personnellement de ce qu'il dit", None, "principe, pas une norme sur un usage"),
  (2, "Chaque élu peut en revanche utiliser un outil d'IA pour préparer ses notes personnelles", "Les élus s'engagent à ne pas confier à un outil d'IA la rédaction", "notes personnelles / interventions en séance : objets différents"),
  (3, "Les élus peuvent soumettre à Ardoise", "Aucun élu ne transmet à un outil d'IA grand public un document de travail", "Ardoise, assistant de la commune, n'est pas un outil grand public"),
  (4, "Lors du conseil du 12 mars dernier", None, "mauvaise pratique citée en exemple"),
  (2, "Les comptes rendus de commission publiés sur le site", "Aucun élu ne transmet à un outil d'IA grand public un document de travail", "documents déjà publiés / documents non encore rendus publics"),
  (2, "le sous-titrage automatique du direct est autorisé", "Les élus s'engagent à ne pas confier à un outil d'IA la rédaction", "sous-titrer ce qui est dit n'est pas rédiger l'intervention"),
  (4, "Les agents du service communication appliquent la charte des agents", None, "norme visant un autre acteur"),
  (4, "En période préélectorale, chaque élu candidat", None, "hors champ : activité de candidat, non l'exercice du mandat"),
  (6, "fait le point sur l'application de la charte une fois par an", "Le registre des usages de l'IA par les élus est publié chaque trimestre", "point annuel de la commission / publication du registre : paramètres différents"),
 ])
