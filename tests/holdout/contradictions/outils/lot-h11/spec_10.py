SPEC = {}
SPEC['commune-vaubrun-le-petit.md'] = dict(
 desc="Commune fictive de Vaubrun-le-Petit (287 habitants), une page en « nous », pseudo-titres en gras en début de paragraphe, « Ce que nous ne faisons pas » / « Ce que nous faisons »",
 expect=[
  ("CTR001", "Nous n'utilisons jamais l'IA pour écrire ce qui engage la commune", "Pour la convention de mise à disposition de la salle des fêtes",
   "une convention de mise à disposition est un contrat ; partir du modèle rédigé par Écrivia, c'est faire écrire le contrat par l'IA"),
  ("CTR001", "Rien de ce qui concerne un habitant n'est tapé dans ChatGPT", "Pour le colis de Noël des anciens, on peut demander à Copilot",
   "la version gratuite de Copilot est un « autre outil gratuit » ; la liste des bénéficiaires avec leurs adresses concerne des habitants"),
  ("CTR002", "Le maire s'interdit de confier à l'IA l'écriture de ses discours.", "le discours du maire est obligatoirement préparé par Écrivia",
   "auto-interdiction du maire / obligation de faire préparer ses discours de cérémonie par Écrivia"),
  ("CTR003", "Écrivia efface les échanges au bout de deux mois.", "ne sont pas conservés plus de quinze jours",
   "conservation des échanges avec Écrivia : deux mois / quinze jours"),
 ],
 traps=[
  (4, "Vaubrun-le-Petit, c'est 287 habitants", None, "présentation"),
  (4, "**Pourquoi une charte ?**", None, "objectif"),
  (2, "Écrivia peut résumer les comptes rendus de la communauté de communes", "Nous n'utilisons jamais l'IA pour écrire ce qui engage la commune", "résumer des comptes rendus reçus n'engage pas la commune"),
  (2, "ChatGPT peut nous aider à trouver des idées pour le programme", "Rien de ce qui concerne un habitant n'est tapé dans ChatGPT", "programme de fête : aucune information sur un habitant"),
  (5, "Écrivia peut aussi aider les adjoints à préparer le mot d'accueil", "Le maire s'interdit de confier à l'IA l'écriture de ses discours.", "l'auto-interdiction vise le maire et ses discours, pas les adjoints et un mot d'accueil"),
  (4, "**Prudence.** L'IA invente parfois des articles de loi.", None, "avertissement"),
  (4, "**Les associations.** Les associations du village", None, "autre acteur (associations)"),
  (6, "Les journaux de connexion sont gardés un an par l'agence.", "Écrivia efface les échanges au bout de deux mois.", "journaux / échanges : données différentes (même ligne)"),
 ])
