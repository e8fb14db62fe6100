SPEC = {'ccas-de-vaudrecourt-les-ormes-word.md': {
 'desc': "CCAS fictif de Vaudrecourt-les-Ormes, Word converti (BOM, CRLF), titres en capitales et en gras, « Article 1er – », chapeau + items 1° et a) séparés par des lignes vides, tableau Domaine / Usage / Outil / Statut, signature (CCAS)",
 'expect': [
  ('CTR001', '1° la saisie, dans un outil d', "d) mettre en forme l'évaluation sociale",
   "l'évaluation sociale jointe au dossier d'une famille est un écrit du travailleur social versé à ce dossier ; interdiction « quel que soit l'outil » / permission d'Ormia"),
  ('CTR001', "2° l'utilisation de l'IA pour décider de l'attribution", "| Aides facultatives | Attribution des bons",
   "un bon d'urgence alimentaire est une aide facultative ; attribution par Ormia, validée seulement a posteriori : rangée « Autorisé »"),
  ('CTR002', "Les séances du conseil d'administration ne font l'objet", "Le procès-verbal du conseil d'administration doit être établi",
   "enregistrement audio des séances du conseil d'administration : exclu / obligatoire pour établir le procès-verbal"),
  ('CTR003', 'Les synthèses produites par Ormia sont supprimées', '| Conservation | Synthèses produites par Ormia',
   "mêmes synthèses : un an / 2 ans"),
 ],
 'traps': [
  (4, 'Elle vise à protéger les personnes accueillies', None, "objectif"),
  (3, "a) rédiger la lettre d'information", 'Les outils d\'IA grand public (ChatGPT', "Ormia, outil du CCAS hébergé par le syndicat informatique, n'est pas un outil grand public"),
  (1, "b) traduire le livret d'accueil", "3° la production automatique d'un avis", "l'article 3 n'interdit que trois usages ; traduire le livret d'accueil n'en fait pas partie"),
  (5, "Le CCAS s'engage à ne jamais utiliser", "c) établir le planning des permanences", "auto-interdiction (noter les demandeurs) compatible avec le planning des bénévoles"),
  (6, "| Conservation | Journaux d'accès à Ormia", 'Les synthèses produites par Ormia sont supprimées', "journaux d'accès / synthèses : données différentes"),
  (4, "Le syndicat intercommunal informatique des Ormes garantit", None, "engagement de l'hébergeur, autre acteur"),
  (2, "| Accueil | Rédaction des affiches", '1° la saisie, dans un outil', "des affiches de salle d'attente ne contiennent aucun écrit de dossier"),
 ]}}
