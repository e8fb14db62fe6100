SPEC = {}
SPEC['departement-de-la-haute-sevreuse-guide-agents.md'] = dict(
 desc="Département fictif de la Haute-Sèvreuse, guide à l'impératif inspiré du guide de l'État : règles numérotées, chapeau « Ne demandez pas à l'IA : » + items « - », fiches par métier en paragraphes gras",
 expect=[
  ("CTR002", "Ne saisissez jamais de données de santé dans un outil d'IA, Sevria compris.", "Saisissez dans Sevria la grille AGGIR",
   "la grille AGGIR décrit l'état de santé et la dépendance : données de santé ; l'impératif du guide est une consigne (obligation) face à l'interdiction « Sevria compris »"),
  ("CTR001", "N'utilisez pas d'outil d'IA grand public", "vous pouvez faire reformuler par Le Chat les synthèses d'évaluation",
   "Le Chat est un outil d'IA grand public ; la synthèse d'évaluation d'un demandeur relève de son dossier"),
  ("CTR001", "- de positionner un agent sur une échelle d'appréciation ;", "vous pouvez aussi lui demander de classer chaque agent",
   "classer un agent dans l'un des quatre niveaux du compte rendu, c'est le positionner sur une échelle d'appréciation "),
  ("CTR001", "- d'imiter la voix ou le visage d'une personne réelle.", "Le service peut faire lire par Sevria le message de vœux",
   "une voix clonée à partir des discours du président imite la voix d'une personne réelle"),
  ("CTR003", "Sevria efface vos conversations au bout de 90 jours.", "reste consultable pendant six mois",
   "conservation des conversations avec Sevria : 90 jours / six mois"),
 ],
 traps=[
  (4, "Ce guide s'inspire du guide publié par l'État", None, "présentation"),
  (4, "Retenez une idée simple", None, "principe général, pas une norme sur une action précise"),
  (3, "Utilisez Sevria, l'assistant du Département, pour tout travail", "N'utilisez pas d'outil d'IA grand public", "Sevria, hébergé par le Département, n'est pas grand public"),
  (2, "Vous pouvez utiliser un outil grand public pour reformuler un texte déjà publié", "N'utilisez pas d'outil d'IA grand public", "texte publié : pas le dossier d'un usager"),
  (2, "Sevria peut préparer les arrêtés permanents de limitation de tonnage", "- de rédiger une décision individuelle ;", "un arrêté permanent de limitation de tonnage est un acte réglementaire, pas une décision individuelle"),
  (2, "Sevria peut vous aider à construire la trame de l'entretien professionnel", "- de positionner un agent sur une échelle d'appréciation ;", "une trame d'entretien ne positionne aucun agent"),
  (4, "Méfiez-vous des références", None, "avertissement"),
  (2, "Sevria peut décrire et indexer les photographies anciennes", "- d'imiter la voix ou le visage d'une personne réelle.", "décrire une photo n'imite personne"),
  (2, "Sevria proposera un plan d'aide", "- de rédiger une décision individuelle ;", "proposer un plan d'aide que l'évaluateur valide n'est pas rédiger la décision d'attribution (la paire avec les données de santé est, elle, attendue)"),
  (6, "Les journaux d'accès sont conservés un an.", "Sevria efface vos conversations au bout de 90 jours.", "journaux / conversations : données différentes"),
  (4, "Le prestataire de Sevria ne doit pas transférer", None, "norme visant le prestataire"),
 ])
