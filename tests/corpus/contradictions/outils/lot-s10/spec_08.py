SPEC = {}
SPEC['sivu-restauration-scolaire-des-trois-vallons.md'] = dict(
 desc="SIVU fictif de restauration scolaire des Trois-Vallons, note de service en texte brut : capitales, titres numérotés, tableau d'outils immédiatement suivi (sans ligne vide) d'un chapeau et d'items a), signature",
 expect=[
  ("CTR001", "Les données relatives aux allergies et aux projets d'accueil individualisé (PAI) des enfants ne sont saisies", "La diététicienne peut faire vérifier par Menulia, pour chaque enfant inscrit",
   "vérifier la compatibilité des menus avec le PAI de chaque enfant suppose de saisir ce PAI dans Menulia ; « aucun outil d'IA » couvre Menulia"),
  ("CTR002", "a) établir la facturation aux familles ;", "le calcul des factures mensuelles des familles doit être réalisé par le module prévisionnel",
   "calculer les factures, c'est établir la facturation ; chapeau collé au tableau, « y compris Menulia » ; interdiction / obligation"),
  ("CTR001", "Aucune donnée nominative des familles ne doit être saisie dans un outil d'IA en ligne gratuit.", "la secrétaire peut coller dans Le Chat la liste des familles",
   "Le Chat figure parmi les outils d'IA en ligne gratuits (tableau) ; la liste des familles avec le montant dû est nominative"),
  ("CTR003", "Les données de présence des enfants transmises à Menulia sont conservées un an.", "l'éditeur conserve les données de présence transmises à Menulia pendant deux ans",
   "même donnée, même outil : un an / deux ans"),
 ],
 traps=[
  (4, "Elle vise à réduire le gaspillage alimentaire", None, "objectif"),
  (3, "Menulia peut recevoir la liste des enfants inscrits", "Aucune donnée nominative des familles ne doit être saisie dans un outil d'IA en ligne gratuit.", "Menulia, logiciel sous contrat du SIVU, n'est pas un outil en ligne gratuit"),
  (2, "Les agents peuvent utiliser ChatGPT ou Le Chat pour trouver des idées de recettes", "Aucune donnée nominative des familles ne doit être saisie dans un outil d'IA en ligne gratuit.", "recettes et affiche : aucune donnée nominative"),
  (1, "Le chef de cuisine peut demander au module prévisionnel de Menulia", "Il est interdit d'utiliser un outil d'IA, y compris Menulia, pour :", "le chapeau n'interdit que trois finalités ; estimer les repas à produire n'en fait pas partie"),
  (2, "La diététicienne peut faire vérifier par Menulia, pour chaque enfant inscrit", "b) modifier un régime alimentaire prescrit par un médecin ;", "vérifier la compatibilité n'est pas modifier le régime (la paire avec la règle sur les PAI est, elle, attendue)"),
  (1, "Menulia peut proposer des menus de substitution", "b) modifier un régime alimentaire prescrit par un médecin ;", "menus de substitution validés par la diététicienne : aucun régime prescrit n'est modifié"),
  (2, "la secrétaire peut coller dans Le Chat la liste des familles", "a) établir la facturation aux familles ;", "un courrier de rappel n'établit pas la facture (la paire avec la règle sur les données nominatives est, elle, attendue)"),
  (6, "Les fiches de suivi du gaspillage sont conservées trois ans.", "Les données de présence des enfants transmises à Menulia sont conservées un an.", "fiches de gaspillage / données de présence : données différentes"),
  (5, "Le SIVU s'engage à ne pas utiliser les données de présence pour contrôler", "Le chef de cuisine peut demander au module prévisionnel de Menulia", "auto-interdiction compatible avec l'estimation des repas"),
  (4, "L'éditeur de Menulia s'interdit toute réutilisation", None, "norme visant l'éditeur"),
  (6, "La suggestion automatique de menus est désactivée par défaut", None, "option désactivée par défaut et activable : pas un CTR005"),
  (4, "L'IA peut se tromper dans les grammages", None, "avertissement"),
 ])
