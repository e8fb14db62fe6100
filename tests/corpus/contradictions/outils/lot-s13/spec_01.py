SPEC = {'commune-saint-maurin-des-aiguilles-faq.md': {
 'desc': "Commune fictive de Saint-Maurin-des-Aiguilles, FAQ « Puis-je … ? » pour agents et élus, questions en gras, réponse à la ligne suivante, rappel des règles en liste (commune)",
 'expect': [
  ('CTR001', '>>Puis-je demander à une IA de rédiger un arrêté du maire', 'Oui : Aiguillia propose un arrêté prêt à signer',
   "un arrêté de stationnement est un arrêté du maire ; l'interdiction vaut « quel que soit l'outil, Aiguillia compris » ; réponse « Non. » / réponse « Oui »"),
  ('CTR001', 'Non, jamais. Un nom, une adresse', "Oui, c'est même le plus rapide",
   "le courriel d'une administrée contient ses données personnelles (nom, adresse électronique) ; Le Chat est nommé parmi les outils grand public"),
  ('CTR002', '>>La transcription automatique des séances du conseil municipal', 'Il doit être établi à partir de la transcription automatique',
   "transcription automatique des séances du conseil : interdite (« Non. ») / obligatoire pour établir le compte rendu"),
  ('CTR003', 'Trente jours, puis elles sont effacées', "L'historique des échanges avec Aiguillia est purgé",
   "mêmes conversations avec Aiguillia : trente jours / 90 jours"),
 ],
 'traps': [
  (4, 'Cette FAQ accompagne la charte', None, "présentation du document, pas une norme"),
  (2, 'Oui, pour des textes qui ne parlent de personne', 'Non, jamais. Un nom, une adresse', "permission bornée aux textes sans donnée personnelle"),
  (3, 'Oui. Aiguillia tourne sur le serveur', 'Non, jamais. Un nom, une adresse', "Aiguillia, outil de la mairie, n'est pas un outil grand public"),
  (2, "Oui, le résumé d'un texte déjà adopté", "Non. Quel que soit l'outil", "résumer une délibération publiée n'est pas rédiger un acte"),
  (4, 'Faux. Elle en invente parfois', None, "idée reçue réfutée et avertissement"),
  (5, "La commune s'interdit de laisser une IA répondre", 'Il propose un brouillon de réponse', "auto-interdiction compatible : l'agent relit et envoie lui-même"),
  (6, 'Ils sont conservés un an', 'Trente jours, puis elles sont effacées', "journaux de connexion / conversations : données différentes"),
 ]}}
