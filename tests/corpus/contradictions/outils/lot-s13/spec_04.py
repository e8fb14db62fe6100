SPEC = {'departement-des-combes-d-orvaux.yaml': {
 'desc': "Département fictif des Combes d'Orvaux, charte YAML (`modalite`, `revision: biennale`, bloc littéral chapeau + items 1°, annexe technique de paramétrage) centrée sur l'autonomie et le handicap (département)",
 'expect': [
  ('CTR001', "2° fixer le montant d'un plan d'aide", 'Orvia fixe le montant du plan d',
   "item du bloc littéral : fixer le montant d'un plan d'aide par un outil d'IA est interdit ; Orvia fixe le montant du plan d'aide APA"),
  ('CTR001', 'Aucune donnée relative à la santé ne peut être traitée', 'Les certificats médicaux joints aux demandes',
   "un certificat médical est une donnée de santé ; Le Chat Pro est un outil hébergé hors du Département"),
  ('CTR002', "L'enregistrement des réunions au cours desquelles", "Les réunions de l'équipe pluridisciplinaire",
   "réunions qui examinent des situations individuelles : enregistrement interdit / obligatoire"),
  ('CTR005', "La lecture des courriers par synthèse vocale n'est activée", 'Synthèse vocale des courriers : activée par défaut',
   "option réservée à la demande de l'usager / activée par défaut pour tous les bénéficiaires de la PCH"),
  ('CTR003', "Les prompts et les réponses d'Orvia sont conservés six mois", "Purge automatique de l'historique des prompts",
   "même historique : six mois / purge tous les 90 jours"),
 ],
 'traps': [
  (4, 'La présente charte encadre', None, "objet (`modalite: constat`)"),
  (1, "Orvia peut préparer la lettre d'accusé", '1° attribuer ou refuser', "le chapeau n'interdit que trois finalités ; un accusé de réception n'attribue ni ne refuse rien"),
  (3, 'Les évaluateurs peuvent utiliser Orvia pour mettre en forme', 'Aucune donnée relative à la santé ne peut être traitée', "Orvia est hébergé dans le centre de données du Département"),
  (2, 'Les agents peuvent utiliser Le Chat pour rédiger des supports', 'Aucune donnée relative à la santé ne peut être traitée', "supports de communication sans donnée personnelle"),
  (6, 'La suggestion de réponses dans la messagerie est désactivée', None, "option désactivée par défaut et activable : pas un CTR005"),
  (4, "Le titulaire du marché d'exploitation", None, "norme visant le prestataire"),
  (6, "Les journaux d'accès à Orvia sont conservés un an", "Les prompts et les réponses d'Orvia sont conservés six mois", "journaux d'accès / historique : données différentes"),
  (6, 'revision: biennale', 'La présente charte est révisée tous les deux ans', "même périodicité dans l'en-tête et dans le corps"),
 ]}}
