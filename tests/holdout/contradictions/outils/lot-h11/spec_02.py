SPEC = {}
SPEC['commune-lanvezec-faq.md'] = dict(
 desc="Commune fictive de Lanvézec, FAQ des agents : questions en gras, réponse à la ligne suivante, trois rubriques, rappel des règles en liste",
 expect=[
  ("CTR001", ">>Peut-on coller le courrier d'un habitant dans un outil gratuit", ">>Et DeepL, dans sa version gratuite, pour traduire la lettre",
   "la version gratuite de DeepL est un outil gratuit ; la lettre d'un propriétaire de la rue du Port est un courrier d'habitant ; réponses « Non, jamais » / « Oui »"),
  ("CTR001", "- aucune donnée d'habitant dans un outil gratuit ;", ">>Et DeepL, dans sa version gratuite, pour traduire la lettre",
   "même permission face à la règle rappelée en fin de page : le nom et l'adresse du propriétaire sont des données d'habitant (deuxième interdiction heurtée)"),
  ("CTR001", ">>Lizenn peut-il rédiger les arrêtés du maire ?", ">>Pour l'arrêté de fermeture du chemin de halage",
   "partir d'un brouillon écrit par Lizenn, c'est faire rédiger l'arrêté par une IA ; Lizenn expressément visé"),
  ("CTR002", ">>Peut-on faire transcrire par une IA l'enregistrement", ">>Qui prépare le compte rendu du conseil ?",
   "transcrire par Lizenn l'enregistrement d'une séance : interdit (« jamais ») / obligatoire (« elle doit »)"),
  ("CTR003", ">>Combien de temps Lizenn garde-t-il nos conversations ?", "- les conversations avec Lizenn sont effacées au bout de 30 jours ;",
   "conservation des conversations avec Lizenn : trois mois / 30 jours"),
  ("CTR005", "la prise de notes n'est activée qu'avec l'accord de tous les participants", "activée par défaut dans toutes les salles",
   "option soumise à l'accord de tous les participants puis activée par défaut"),
 ],
 traps=[
  (4, ">>On entend dire que l'IA est interdite en mairie.", None, "idée reçue citée et réfutée"),
  (4, ">>Qu'est-ce que Lizenn ?", None, "présentation de l'outil"),
  (2, ">>Puis-je utiliser ChatGPT pour écrire un courriel de relance", ">>Peut-on coller le courrier d'un habitant dans un outil gratuit", "courriel sans nom ni montant : aucune donnée d'habitant"),
  (3, ">>Lizenn peut-il recevoir des courriers d'habitants ?", ">>Peut-on coller le courrier d'un habitant dans un outil gratuit", "Lizenn, loué au centre de gestion, n'est pas un outil gratuit"),
  (2, ">>ChatGPT peut-il m'aider à trouver un titre", "- aucune donnée d'habitant dans un outil gratuit ;", "bulletin public sans donnée personnelle"),
  (2, ">>Lizenn peut-il résumer un arrêté déjà affiché ?", ">>Lizenn peut-il rédiger les arrêtés du maire ?", "résumer un arrêté signé n'est pas le rédiger"),
  (4, ">>Les habitants peuvent-ils utiliser l'IA pour nous écrire ?", None, "norme visant un autre acteur (les habitants)"),
  (6, ">>Et les journaux de connexion ?", ">>Combien de temps Lizenn garde-t-il nos conversations ?", "journaux / conversations : données différentes"),
  (6, ">>Et le sous-titrage des visioconférences ?", None, "option désactivée par défaut, activable : pas un CTR005"),
  (4, ">>L'IA peut-elle se tromper ?", None, "avertissement"),
 ])
