SPEC = {}
SPEC['metropole-rives-d-aulne-bonnes-pratiques.md'] = dict(
 desc="Métropole fictive des Rives d'Aulne, fiche « bons réflexes » à l'impératif et à la 2e personne, listes à puces, titre-chapeau « Ce que vous ne devez jamais demander à une IA »",
 expect=[
  ("CTR001", "- Noter un agent lors de son entretien professionnel annuel.", "vous pouvez aussi demander à Aulnia de proposer une appréciation littérale et une note",
   "item nominal sous un titre-chapeau d'interdiction / permission : proposer une note par compétence, c'est noter l'agent"),
  ("CTR001", "- N'installez aucune extension de navigateur à base d'IA", "- Direction de l'eau : vous pouvez installer l'extension de navigateur Grammarly",
   "interdiction générale à tous les agents / permission pour un service nommé ; Grammarly est une extension de navigateur à base d'IA"),
  ("CTR002", "- Ne laissez jamais une IA répondre seule à un usager", "vous devez activer la réponse automatique d'Aulnia",
   "interdiction / obligation contiguës : la réponse automatique d'Aulnia répond seule aux usagers"),
  ("CTR002", "- Ne partagez jamais vos identifiants Aulnia", "vous devez communiquer vos identifiants Aulnia à votre binôme",
   "communiquer ses identifiants à un collègue, c'est les partager"),
  ("CTR003", "- Vos conversations Aulnia sont effacées au bout de 60 jours.", "Aulnia garde vos échanges pendant quatre mois",
   "conversations = échanges ; 60 jours / quatre mois"),
 ],
 traps=[
  (4, "- Le saviez-vous ? Une image générée", None, "information, pas une norme"),
  (3, "- Utilisez en priorité Aulnia, l'assistant de la Métropole", "- Ne collez jamais un document interne dans un outil d'IA grand public", "Aulnia, outil de la Métropole, n'est pas un outil grand public"),
  (2, "- Vous pouvez utiliser ChatGPT pour trouver des idées d'animation", "- Ne collez jamais un document interne dans un outil d'IA grand public", "aucun document collé : objets disjoints"),
  (4, "- Exemple de bonne question :", None, "exemple"),
  (1, "- Vous pouvez demander à Aulnia de rédiger le cahier des clauses techniques", "- Choisir le titulaire d'un marché public.", "le titre-chapeau n'interdit que le choix du titulaire ; rédiger le CCTP n'en fait pas partie"),
  (2, "- Vous pouvez demander à Aulnia de préparer la trame de l'entretien professionnel", "- Noter un agent lors de son entretien professionnel annuel.", "préparer la trame de l'entretien n'est pas noter l'agent"),
  (6, "- Les pièces jointes déposées dans Aulnia sont effacées au bout de 7 jours.", "- Vos conversations Aulnia sont effacées au bout de 60 jours.", "pièces jointes / conversations : données différentes"),
  (4, "- Le prestataire qui héberge Aulnia n'a pas le droit", None, "norme visant le prestataire"),
  (5, "- La Métropole s'engage à ne jamais utiliser vos conversations", None, "auto-interdiction sans permission contraire"),
 ])
