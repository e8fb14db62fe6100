SPEC = {'ccas-de-pontarlin-sur-veze-liste-de-controle.md': {
 'desc': "CCAS fictif de Pontarlin-sur-Vèze, liste de contrôle à cases à cocher signée par l'agent, à la première personne (« Je m'interdis », « Je peux », « Je dois »), mauvaise pratique citée, « Bon à savoir », cadre de réglages du service informatique (CCAS)",
 'expect': [
  ('CTR001', "- [ ] Je m'interdis de confier à une IA, Véza compris, toute décision sur une aide facultative.", "je peux laisser Véza accorder le bon",
   "un bon alimentaire d'urgence est une aide facultative ; l'accorder, c'est décider ; auto-interdiction « Véza compris » / « je peux laisser Véza accorder »"),
  ('CTR002', "- [ ] Je ne saisis jamais le numéro de sécurité sociale", "- [ ] Je dois reporter dans Véza le NIR",
   "le NIR est le numéro de sécurité sociale ; « ne … jamais » / « Je dois »"),
  ('CTR003', "- Véza conserve les comptes rendus d'entretien pendant 2 mois.", "| Comptes rendus d'entretien | Effacés au bout d'un an |",
   "mêmes comptes rendus d'entretien de Véza : 2 mois / effacés au bout d'un an"),
  ('CTR005', "- [ ] L'enregistrement de l'entretien par Véza n'est lancé qu'avec l'accord", "| Enregistrement des entretiens | Activé par défaut |",
   "même option (enregistrement des entretiens par Véza) : accord de la personne reçue / « Activé par défaut » dans le cadre du service informatique"),
 ],
 'traps': [
  (3, "- [ ] Je peux utiliser Véza pour reformuler un courrier", "- [ ] Je m'interdis d'utiliser ChatGPT, Gemini, Le Chat", "Véza, sur les serveurs de la ville, n'est pas un outil grand public"),
  (5, "- [ ] Je m'interdis de demander à l'IA un avis sur la situation d'une famille.", "- [ ] Je peux demander à Véza la liste des pièces à fournir", "auto-interdiction (avis sur une famille) / liste générale des pièces à fournir"),
  (2, "- [ ] Je peux utiliser Véza pour préparer la synthèse du dossier", "- [ ] Je m'interdis de confier à une IA, Véza compris, toute décision sur une aide facultative.", "préparer une synthèse pour la commission qui décide n'est pas décider"),
  (2, "- [ ] Je relis tout texte produit par Véza", None, "obligation de relecture qu'aucune interdiction ne heurte"),
  (4, "> « J'ai demandé à un chatbot si Mme X avait droit", None, "mauvaise pratique citée entre guillemets"),
  (6, "- Les fichiers déposés dans Véza sont supprimés au bout de 24 heures.", "- Véza conserve les comptes rendus d'entretien pendant 2 mois.", "fichiers déposés / comptes rendus : données différentes"),
  (6, "- La dictée vocale de Véza est désactivée par défaut", None, "option désactivée par défaut et activable : pas un CTR005"),
  (4, "- Les usagers peuvent demander une copie", None, "droit des usagers, non une permission faite aux agents"),
 ]}}
