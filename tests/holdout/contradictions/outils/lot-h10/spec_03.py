SPEC = {
'commune-castelvieilh-d-orbe-faq.md': {
 'desc': "Commune fictive de Castelvieilh-d'Orbe, FAQ du secrétariat : règles en bref numérotées, questions en gras, réponse à la ligne suivante, « Vrai ou faux »",
 'expect': [
  ('CTR001', "1. Les outils d'IA grand public (ChatGPT, Gemini", ">>Puis-je utiliser ChatGPT pour écrire le discours du maire",
   "ChatGPT, nommé dans la règle 1, est permis par la réponse « Oui, tant qu'aucun nom… »"),
  ('CTR001', "3. L'IA ne doit servir ni à instruire une demande d'urbanisme", ">>respecte la hauteur maximale fixée par le PLU",
   "contrôler la conformité d'un projet au PLU, c'est instruire la demande d'urbanisme ; réponse « Oui, c'est même un très bon usage »"),
  ('CTR002', "4. Aucun enregistrement de la voix d'un habitant", ">>Les messages laissés sur le répondeur de la mairie",
   "les messages du répondeur sont des enregistrements de la voix des habitants ; réponse « Oui, c'est obligatoire… doit les faire transcrire »"),
  ('CTR003', "5. Les échanges avec Ambrine sont effacés au bout d'un mois.", ">>Combien de temps Ambrine garde-t-elle mes questions",
   "conservation des échanges avec Ambrine : un mois / quinze jours"),
 ],
 'traps': [
  (3, ">>Et Ambrine, c'est un outil grand public", "1. Les outils d'IA grand public (ChatGPT, Gemini", "Ambrine, louée par la commune, n'est pas un outil grand public"),
  (2, ">>résumer le règlement du PLU pour répondre à un habitant", "3. L'IA ne doit servir ni à instruire", "résumer un règlement public pour informer n'est pas instruire une demande (la réponse le dit)"),
  (2, ">>les invitations au repas des aînés", "3. L'IA ne doit servir ni à instruire", "rédiger des invitations n'est ni instruire, ni décider d'une aide, ni noter"),
  (6, ">>Et les journaux de connexion ?", "5. Les échanges avec Ambrine sont effacés au bout d'un mois.", "journaux de connexion un an / échanges un mois : données différentes"),
  (4, ">>Orbénum peut-il réutiliser ce que je tape", None, "interdiction contractuelle visant le prestataire"),
  (5, "La mairie s'engage à ne jamais publier une image générée sans cette mention", None, "auto-interdiction compatible avec la permission de la même réponse (avec la mention)"),
  (4, "**Vrai ou faux : « L'IA se trompe rarement", None, "idée reçue citée dans la question, réfutée par la réponse"),
  (4, ">>Les enfants du conseil municipal des jeunes", None, "règle visant d'autres personnes que les agents (enfants du CMJ, collège)"),
  (6, ">>La suggestion automatique de phrases pendant la frappe", None, "option désactivée par défaut et activable : pas un CTR005"),
  (6, ">>Tous les combien cette FAQ est-elle mise à jour", "6. La charte numérique est révisée tous les deux ans", "mise à jour de la FAQ / révision de la charte : paramètres différents"),
 ],
},
}
