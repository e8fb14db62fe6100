SPEC = {
'agglo-pays-de-lunerac-intranet.md': {
 'desc': "Communauté d'agglomération fictive du Pays de Lunérac, page d'intranet collée : liens d'évitement, menu, fil d'Ariane, partage, encadrés « Le saviez-vous ? » et « Témoignage », cas par service, FAQ, pied de page",
 'expect': [
  ('CTR001', "l'équipe communication peut utiliser la version gratuite de Canva", "Les outils en ligne gratuits sont proscrits pour tout usage professionnel",
   "la version gratuite de Canva est un outil en ligne gratuit"),
  ('CTR001', "résumer leurs comptes rendus de visite à domicile", "Aucun outil d'IA, pas même Sarrette, ne doit recevoir de données de santé.",
   "observations sur l'état de santé = données de santé ; l'interdiction nomme expressément Sarrette"),
  ('CTR002', "le service RH doit faire classer les candidatures par Sarrette", "La présélection des candidatures à un recrutement ne doit en aucun cas",
   "classer les candidatures et ne recevoir que les dix premières, c'est présélectionner ; emplois saisonniers ⊂ recrutement"),
  ('CTR003', "Sarrette conserve vos conversations 30 jours", ">>Combien de temps mes échanges avec Sarrette sont-ils gardés",
   "conservation des conversations : 30 jours / deux mois (réponse de la FAQ)"),
 ],
 'traps': [
  (3, "Les documents internes peuvent y être déposés", "Les outils en ligne gratuits sont proscrits", "Sarrette, installée sur les serveurs de l'agglomération, n'est pas un outil en ligne gratuit"),
  (6, "Les journaux techniques (qui s'est connecté, quand) sont gardés un an", None, "journaux techniques un an / conversations 30 jours dans la même ligne : données différentes"),
  (4, "**Le saviez-vous ?**", None, "encadré d'information sur la consommation : ni permission ni interdiction"),
  (2, "synthèse du dossier de demande de subvention", "- de décider seule de l'attribution d'une aide", "proposer une synthèse à une commission qui statue seule n'est pas décider ; un dossier d'association n'est pas une donnée de santé"),
  (1, "Préparer le plan d'une présentation", "Il est interdit de demander à une IA :", "le chapeau n'interdit que trois finalités (décider d'une aide, avis de CAO, faux) ; préparer un plan n'en fait pas partie"),
  (5, "L'agglomération s'interdit d'exploiter le contenu de vos conversations", None, "auto-interdiction de l'employeur, sans permission contraire (seules des statistiques anonymes)"),
  (4, "**Témoignage**", None, "témoignage décrivant une pratique passée : pas une norme"),
  (2, "réponses types aux questions fréquentes sur le PLUi", "- de décider seule de l'attribution d'une aide", "réponses d'information validées par l'instructeur : ni décision d'attribution ni avis de CAO"),
  (2, "porte la mention « Image générée par IA »", "- de produire un faux : signature, tampon, photo d'identité.", "image signalée comme générée ≠ faux (signature, tampon, photo d'identité)"),
  (4, "La société qui maintient Sarrette ne peut utiliser", None, "norme visant le prestataire"),
  (6, "La lecture à voix haute des réponses est désactivée par défaut", None, "option désactivée par défaut et activable : pas un CTR005"),
 ],
},
}
