SPEC = {'commune-de-saint-jovin-sur-orle-faq-oui-mais.md': {
 'desc': "Commune fictive de Saint-Jovin-sur-Orle, FAQ tenant lieu de charte : trois règles d'or numérotées, questions en titres de niveau 3, réponses « Oui, mais… » / « Non, sauf… » à la ligne suivante (commune)",
 'expect': [
  ('CTR001', "1. Aucun outil d'IA grand public (ChatGPT, Gemini, Copilot, Le Chat…)", ">>### Puis-je utiliser Copilot sur mon téléphone personnel",
   "Copilot est nommé parmi les outils grand public interdits (règle d'or 1, exception limitée à DeepL Pro) ; la réponse « Oui, mais pensez à enregistrer… » le permet pour un travail de la mairie"),
  ('CTR001', "2. L'IA ne rédige jamais un acte administratif de la commune.", ">>### Orlia peut-elle préparer l'arrêté de voirie",
   "un arrêté de voirie est un acte administratif de la commune ; la réponse « Oui, mais faites-le signer » permet à Orlia de le préparer"),
  ('CTR002', "3. Les enregistrements des séances du conseil municipal ne sont confiés à aucune IA", ">>### Qui établit le procès-verbal du conseil municipal ?",
   "le secrétariat « doit » faire transcrire par Orlia l'enregistrement de la séance / « en aucun cas »"),
  ('CTR003', ">>### Combien de temps Orlia garde-t-elle mes conversations ?", ">>### Puis-je retrouver une conversation de l'an dernier ?",
   "mêmes conversations avec Orlia : « Deux mois » / « conservées un an » (réponse « Oui, mais… »)"),
 ],
 'traps': [
  (3, ">>### Puis-je utiliser Orlia pour mon travail ?", "1. Aucun outil d'IA grand public (ChatGPT, Gemini, Copilot, Le Chat…)", "Orlia, hébergé par le syndicat informatique, n'est pas un outil grand public"),
  (3, ">>### Et pour traduire la lettre du comité de jumelage", "1. Aucun outil d'IA grand public (ChatGPT, Gemini, Copilot, Le Chat…)", "l'exception de la règle d'or 1 couvre DeepL Pro pour la ville jumelle"),
  (4, ">>### Est-ce vrai que l'IA invente parfois des références ?", None, "avertissement sous forme « Oui, mais », pas une permission"),
  (2, ">>### Orlia peut-elle résumer le compte rendu du conseil municipal déjà publié", "3. Les enregistrements des séances du conseil municipal ne sont confiés à aucune IA", "un compte rendu publié n'est pas l'enregistrement de la séance"),
  (2, ">>### Orlia peut-elle rédiger le courrier d'invitation aux vœux du maire ?", "2. L'IA ne rédige jamais un acte administratif de la commune.", "une invitation n'est pas un acte administratif"),
  (5, ">>### La mairie peut-elle se servir de l'IA pour surveiller", ">>### Puis-je demander à Orlia de préparer le planning d'été", "engagement de ne pas surveiller les agents / préparer un planning n'est pas surveiller"),
  (2, ">>### Puis-je coller dans Orlia un courriel d'administré", None, "« Non, sauf si… » : interdiction assortie d'une exception qu'aucune autre réponse ne contredit"),
  (6, ">>### Et les fichiers que je dépose dans Orlia ?", ">>### Combien de temps Orlia garde-t-elle mes conversations ?", "fichiers déposés 24 heures / conversations : données différentes"),
  (6, ">>### Quand ce document sera-t-il mis à jour ?", None, "seule périodicité de révision du document"),
 ]}}
