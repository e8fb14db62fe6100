SPEC = {'syndicat-dechets-du-bas-verlan-version-consolidee.md': {
 'desc': "Syndicat intercommunal fictif de traitement des déchets du Bas-Verlan, charte en version consolidée après deux avenants : mentions entre crochets « [Rédaction issue de l'avenant n° 2] », anciennes rédactions citées en italique, article créé par avenant, annexe technique inchangée, tableau d'historique (syndicat)",
 'expect': [
  ('CTR001', "Aucun outil d'IA n'est utilisé au Syndicat en dehors de Verlia.", 'Les agents administratifs peuvent utiliser Le Chat Pro',
   "restriction de l'article 2 (Verlia seul), non modifiée par l'avenant n° 2 / permission de Le Chat Pro à l'article 3 réécrit"),
  ('CTR001', "Il est interdit de recourir à l'IA pour surveiller l'activité des agents du centre de tri.", 'Verlia peut mesurer la cadence de chaque trieur',
   "mesurer la cadence de chaque trieur, c'est surveiller l'activité d'un agent du centre de tri ; article 9 créé par l'avenant sans toucher à l'article 5"),
  ('CTR002', 'Aucune donnée nominative des usagers des déchetteries', 'les agents d\'accueil doivent saisir dans Verlia les nom et prénom de chaque artisan',
   "les nom et prénom de l'artisan déposant sont des données nominatives d'un usager des déchetteries ; Verlia est une IA"),
  ('CTR003', 'Les images des caméras du tri optique sont conservées quinze jours', '| Images des caméras du tri optique | Conservation : 30 jours |',
   "mêmes images du tri optique : quinze jours (article 6 issu de l'avenant n° 1) / 30 jours (annexe technique restée inchangée)"),
 ],
 'traps': [
  (4, "*[Ancienne rédaction : « L'usage de Le Chat est interdit", 'Les agents administratifs peuvent utiliser Le Chat Pro', "ancienne rédaction citée pour mémoire, remplacée par l'avenant : plus en vigueur"),
  (6, "*[Ancienne rédaction : « Les images des caméras du tri optique sont conservées trois mois. »]*", 'Les images des caméras du tri optique sont conservées quinze jours', "valeur abrogée citée pour mémoire : pas de conflit avec la nouvelle rédaction"),
  (2, 'Les caméras du tri optique, pilotées par Verlia, reconnaissent les matériaux', "Il est interdit de recourir à l'IA pour surveiller l'activité des agents", "reconnaître les matériaux sur le tapis n'est pas surveiller les agents"),
  (5, "Le Syndicat s'engage à ne pas utiliser l'IA pour sanctionner un usager", None, "auto-interdiction qu'aucune permission ne heurte"),
  (2, 'Verlia établit chaque mois le tableau des tonnages reçus par filière', 'Aucune donnée nominative des usagers des déchetteries', "tonnages par filière : aucune donnée nominative"),
  (6, "Les journaux d'activité de Verlia sont conservés un an.", 'Les images des caméras du tri optique sont conservées quinze jours', "journaux d'activité / images : données différentes"),
  (4, "Le titulaire du marché d'exploitation du centre de tri ne peut pas utiliser", None, "interdiction visant le prestataire"),
  (6, 'La reconnaissance vocale des bornes d\'accueil est désactivée par défaut', None, "option désactivée par défaut et activable : pas un CTR005"),
  (6, '| Sauvegardes | Hebdomadaires, sur un second site |', 'La charte est révisée tous les deux ans', "fréquence des sauvegardes : ni conservation ni révision"),
 ]}}
