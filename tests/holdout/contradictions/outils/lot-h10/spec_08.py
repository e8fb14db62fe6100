SPEC = {
'cc-des-coteaux-de-sarlande-reglement-interieur.md': {
 'desc': "Communauté de communes fictive des Coteaux de Sarlande, annexe 7 au règlement intérieur du personnel : CRLF sans BOM, capitales, « Art. A7-N – » en paragraphe, usages par service 1.…5.",
 'expect': [
  ('CTR002', "Il est interdit de faire rédiger par une IA tout document versé au dossier individuel", "doit être pré-rempli par Lignia à partir des objectifs",
   "le compte rendu d'entretien professionnel est versé au dossier individuel ; le pré-remplir, c'est le faire rédiger en partie par l'IA"),
  ('CTR001', "ne peuvent utiliser, sur leur poste de travail, que les outils d'IA suivants", "2. les agents d'accueil de l'office de tourisme peuvent traduire",
   "DeepL n'est ni Lignia ni Scribelle : restriction « ne … que » / permission sur le poste d'accueil"),
  ('CTR001', "Il est interdit de faire rédiger par une IA tout document versé au dossier individuel", "4. le responsable du pôle technique peut utiliser le tableau de bord de Lignia",
   "comparer agent par agent les interventions par heure, c'est mesurer la productivité individuelle (deuxième phrase de l'article A7-4)"),
  ('CTR003', "est signalé au référent IA dans les 48 heures", "le déclare au référent IA dans un délai de cinq jours ouvrés",
   "délai de signalement d'un incident par l'agent : 48 heures / cinq jours ouvrés"),
 ],
 'traps': [
  (4, "Elle vise à concilier l'amélioration du service rendu", None, "objectif"),
  (4, "Les élus communautaires sont soumis à leur propre charte", None, "renvoi à la norme d'un autre acteur (élus)"),
  (2, "1. le service urbanisme peut utiliser Lignia pour préparer la liste des pièces", "L'IA ne peut en aucun cas se substituer à l'agent dans une décision", "préparer la liste des pièces à demander n'est pas décider (même ligne que l'article A7-4)"),
  (2, "3. le centre aquatique peut utiliser Lignia pour préparer les plannings", "Il est également interdit d'utiliser un outil d'IA pour mesurer la productivité", "préparer un planning arrêté par le chef de bassin n'est ni mesurer la productivité ni contrôler les horaires"),
  (5, "La communauté de communes s'engage à ne pas consulter le contenu", None, "auto-interdictions de l'employeur (avec exception écrite), sans permission contraire"),
  (6, "Les journaux de connexion sont conservés un an", None, "journaux de connexion un an / conversations 60 jours (même ligne) : données différentes"),
  (6, "Le référent en accuse réception sous cinq jours ouvrés", None, "accusé de réception par le référent / délai de signalement par l'agent (même ligne) : paramètres différents"),
  (4, "Le syndicat mixte numérique s'engage contractuellement", None, "engagement du prestataire"),
  (4, "peut donner lieu à des poursuites disciplinaires", None, "conséquence d'un manquement : « peut » qui n'autorise aucun usage"),
  (6, "et au moins tous les trois ans ; le référent IA présente chaque année un bilan", None, "révision au moins tous les trois ans / bilan annuel (même ligne) : paramètres différents"),
 ],
},
}
