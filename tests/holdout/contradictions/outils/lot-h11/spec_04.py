SPEC = {}
SPEC['agglo-du-val-d-orsanne-intranet.md'] = dict(
 desc="Communauté d'agglomération fictive du Val d'Orsanne, page d'intranet collée : menu, fil d'Ariane, bandeau cookies, liste « service par service » en gras, règles numérotées, témoignage, pied de page",
 expect=[
  ("CTR001", "Orsa ne sert qu'à des tâches internes", "- **Déchets** : depuis octobre, Orsa répond directement",
   "restriction « ne … que » (ligne de la restriction) : répondre directement aux usagers, sans relecture, n'est pas une tâche interne"),
  ("CTR001", "Les outils d'IA en ligne gratuits sont proscrits", "- **Transports** : la version gratuite de Claude",
   "la version gratuite de Claude est un outil d'IA en ligne gratuit ; noms et numéros d'abonnement des voyageurs sont des informations sur les usagers du réseau"),
  ("CTR002", "1. L'IA ne participe en aucun cas au jugement des offres", "- **Commande publique** : pour les marchés à procédure adaptée",
   "noter chaque offre au regard des critères, c'est participer au jugement des offres ; interdiction / obligation (« doivent »)"),
  ("CTR002", "2. Tout courrier postal adressé à un usager et préparé avec Orsa", "- **Courrier** : depuis le 1er octobre, la double relecture n'est plus exigée",
   "obligation de double relecture / dispense pour exactement les mêmes courriers (aucun texte ne dit lequel l'emporte)"),
  ("CTR003", "La charte est révisée chaque année.", "la charte sera revue dans dix-huit mois",
   "périodicité de révision : chaque année / dix-huit mois"),
 ],
 traps=[
  (4, "Ce site utilise des cookies", None, "bandeau de site"),
  (4, "Orsa est l'assistant développé pour l'Agglo", None, "présentation de l'outil"),
  (2, "Orsa peut proposer aux agents de la relation usagers un projet de réponse", "Orsa ne sert qu'à des tâches internes", "le projet est remis à l'agent qui l'envoie sous son nom : aucune production d'Orsa n'est adressée directement à l'usager"),
  (2, "Ils restent utiles pour trouver des idées de slogans", "Les outils d'IA en ligne gratuits sont proscrits", "slogans, invitation interne : aucune information sur les usagers"),
  (2, "- **Ressources humaines** : Orsa aide à rédiger les offres d'emploi", "1. L'IA ne participe en aucun cas au jugement des offres", "une offre d'emploi n'est pas une offre de marché public (homonymie)"),
  (2, "- **Déchets** : depuis octobre, Orsa répond directement", "2. Tout courrier postal adressé à un usager", "réponse en ligne au formulaire du site : pas un courrier postal, la règle de double relecture ne la vise pas (la paire avec la restriction « ne … que » est, elle, attendue)"),
  (5, "3. L'Agglo s'engage à ne pas utiliser l'IA pour mesurer", None, "auto-interdiction sans permission contraire"),
  (4, "4. Le prestataire de maintenance d'Orsa n'a pas le droit", None, "norme visant le prestataire"),
  (4, "« Avant, je passais une heure", None, "témoignage"),
  (4, "Attention : Orsa, comme toute IA, peut se tromper", None, "avertissement"),
  (6, "Le réseau des référents IA se réunit une fois par mois.", "La charte est révisée chaque année.", "réunion du réseau / révision de la charte : paramètres différents"),
 ])
