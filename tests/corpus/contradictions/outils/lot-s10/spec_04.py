SPEC = {}
SPEC['cc-du-haut-ribeyre-dix-reflexes.md'] = dict(
 desc="Communauté de communes fictive du Haut-Ribeyre, affiche « dix réflexes » : réflexes numérotés en gras et à l'impératif, réflexe 4 en chapeau gras suivi d'items a) séparés par des lignes vides, compléments après un filet",
 expect=[
  ("CTR001", "Ne confiez jamais à une IA grand public", "vous pouvez dicter vos notes dans l'application Gemini",
   "Gemini est cité comme IA grand public au réflexe 2 ; les notes de visite contiennent le nom de l'assistante maternelle et des enfants"),
  ("CTR001", "b) décider de l'attribution d'une place en crèche", "Le relais petite enfance peut utiliser Calypso pour départager les familles",
   "départager deux familles à égalité de points, c'est décider à qui va la place ; chapeau en gras « Ne demandez pas à l'IA de : » (réflexe 4), item b)"),
  ("CTR002", "Ne laissez jamais une IA envoyer un courriel à un usager sans relecture.", "le service déchets doit laisser Calypso envoyer directement",
   "interdiction (réflexe 5) / obligation (réflexe 10) : envoi de courriels aux usagers sans relecture"),
  ("CTR003", "elles sont de toute façon supprimées au bout de 7 jours", "Durée de conservation des échanges avec Calypso : 1 mois",
   "même donnée, même outil : 7 jours / 1 mois"),
 ],
 traps=[
  (4, "L'IA peut nous faire gagner du temps.", None, "objectif"),
  (3, "peut recevoir les données des dossiers que vous traitez", "Ne confiez jamais à une IA grand public", "Calypso, hébergé par la communauté de communes, n'est pas une IA grand public"),
  (4, "L'IA invente parfois des articles de loi", None, "avertissement"),
  (1, "Calypso peut aussi résumer vos réunions", "**4. Ne demandez pas à l'IA de :**", "le chapeau n'interdit que trois finalités ; résumer une réunion, préparer un ordre du jour n'en font pas partie"),
  (2, "Le Chat peut vous aider à trouver des idées d'animation", "Ne confiez jamais à une IA grand public", "aucune famille citée : pas de nom ni d'adresse"),
  (2, "le service déchets doit laisser Calypso envoyer directement", "c) répondre à un recours ou à une réclamation écrite.", "une demande de bac n'est ni un recours ni une réclamation (la paire avec le réflexe 5 est, elle, attendue)"),
  (6, "Le micro de Calypso est désactivé par défaut", None, "option désactivée par défaut et activable : pas un CTR005"),
  (4, "Bon à savoir : « ChatGPT répond mieux que Calypso »", None, "idée reçue citée et réfutée"),
  (6, "Le référent numérique tient une permanence chaque mois.", None, "permanence mensuelle / mise à jour annuelle de l'affiche : paramètres différents"),
  (6, "Prévenez le référent numérique dans les 24 heures.", "elles sont de toute façon supprimées au bout de 7 jours", "délai de signalement / conservation : paramètres différents"),
 ])
