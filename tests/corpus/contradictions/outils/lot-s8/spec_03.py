SPEC = {}
SPEC['departement-haute-serrane.yaml'] = dict(
 desc="Département fictif de la Haute-Serrane, charte YAML avec `modalite`, bloc littéral (chapeau + liste) et annexe technique",
 expect=[
  ("CTR001", "Aucune donnée de santé ne doit être traitée", "Les évaluateurs de la maison départementale",
   "un rapport d'évaluation du taux d'incapacité contient des données de santé (handicap) ; « y compris Serrane-IA »"),
  ("CTR001", "Aucune décision individuelle concernant un usager ne peut être prise", "peut rejeter automatiquement, sans intervention d'un agent",
   "rejeter une demande de carte de transport scolaire est une décision individuelle prise par l'IA"),
  ("CTR002", "- d'utiliser une IA pour rédiger les réponses aux questions écrites", "Le cabinet du Président doit préparer un premier jet",
   "item d'un chapeau en bloc littéral / obligation ; préparer un premier jet, c'est rédiger"),
  ("CTR003", "Les conversations avec Serrane-IA sont conservées six mois", "Conservation des historiques de conversation de Serrane-IA : un an",
   "six mois / un an pour les conversations, dont la seconde valeur dans l'annexe technique"),
  ("CTR005", "La fonction « mémoire » de Serrane-IA n'est activée qu'avec l'accord exprès", "la mémoire des conversations de Serrane-IA est activée par défaut",
   "option soumise à l'accord de l'agent puis activée par défaut"),
 ],
 traps=[
  (4, "Le Département veut mettre l'intelligence artificielle", None, "objectif"),
  (4, "Est un outil d'IA grand public tout service", None, "définition"),
  (3, "Serrane-IA peut être utilisé pour traiter des données personnelles", "Aucune donnée personnelle ne peut être saisie dans un outil d'IA grand public", "Serrane-IA, outil du Département, n'est pas un outil grand public"),
  (2, "Serrane-IA peut pré-remplir une proposition de décision", "Aucune décision individuelle concernant un usager", "proposer n'est pas décider : l'agent valide"),
  (4, "Toute personne peut demander qu'une décision la concernant", None, "norme visant le public (droit de réexamen)"),
  (1, "Les agents peuvent utiliser Serrane-IA pour traduire en langue facile", "Il est interdit aux agents :", "le chapeau n'interdit que trois usages ; traduire en FALC n'en fait pas partie"),
  (5, "Le Département s'interdit tout dispositif de notation sociale", None, "auto-interdiction sans permission contraire"),
  (6, "Les journaux d'accès à Serrane-IA sont conservés un an", "Les conversations avec Serrane-IA sont conservées six mois", "journaux d'accès / conversations : données différentes"),
  (6, "Le correcteur de style de Serrane-IA est désactivé par défaut", None, "option désactivée par défaut et activable : pas un CTR005"),
  (4, "Le titulaire du marché de maintenance", None, "norme visant le prestataire"),
  (6, "Le comité éthique et numérique se réunit chaque trimestre", "revision: annuelle", "réunion du comité / révision : paramètres différents"),
  (6, "La charte est réexaminée chaque année", "revision: annuelle", "même valeur dans l'en-tête et dans le corps : pas de CTR003"),
 ])
