SPEC = {
'commune-prats-de-sorbs.md': {
 'desc': "Commune fictive de Prats-de-Sorbs (480 habitants), charte d'une page sans titres de section, « nous », outil intégré au logiciel de facturation de l'eau",
 'expect': [
  ('CTR001', "Nous n'utilisons aucun outil d'IA gratuit trouvé en ligne.", "corriger ses articles par la version gratuite de Le Chat",
   "la version gratuite de Le Chat est un outil d'IA gratuit en ligne ; de plus Goutte est dit le seul outil de la mairie"),
  ('CTR002', "Aucune donnée d'un administré ne doit être tapée dans un outil d'IA, quel qu'il soit", "la secrétaire doit utiliser Goutte pour rédiger les lettres de relance nominatives",
   "obligation de saisir nom, adresse et montant dû des abonnés dans Goutte / interdiction de toute donnée d'administré dans tout outil"),
  ('CTR003', "Cette charte sera revue chaque année", "Prochaine relecture prévue : dans deux ans",
   "périodicité de révision : chaque année / dans deux ans (décembre 2028 pour une adoption en décembre 2026)"),
 ],
 'traps': [
  (4, "Notre but est simple", None, "objectif"),
  (3, "Goutte n'est ni gratuit ni ouvert au public", None, "Goutte, module acheté par la commune, n'est pas un outil gratuit trouvé en ligne ; sa permission est générale et renvoie aux règles qui suivent"),
  (2, "Le maire peut demander à Goutte un résumé du rapport annuel", "Aucune donnée d'un administré ne doit être tapée", "rapport public sans donnée d'administré : objets différents"),
  (2, "à condition qu'ils ne citent personne", "Aucune donnée d'un administré ne doit être tapée", "articles ne citant personne : aucune donnée d'administré (le conflit de cette ligne est avec l'interdiction des outils gratuits)"),
  (5, "Nous nous interdisons de laisser une IA répondre seule", None, "auto-interdiction compatible : la réponse préparée est relue et signée"),
  (4, "s'est engagé par contrat à héberger les données en France", None, "engagement du prestataire"),
  (6, "Les brouillons enregistrés dans Goutte sont effacés chaque vendredi", None, "brouillons chaque semaine / registre trois ans : données différentes"),
  (4, "Attention : une IA peut inventer un article de loi", None, "avertissement"),
 ],
},
}
