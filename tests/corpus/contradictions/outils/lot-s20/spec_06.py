SPEC = {'region-ambrune-et-marches-livret-d-accueil.md': {
 'desc': "Région fictive Ambrune-et-Marches, chapitre « L'intelligence artificielle et vous » du livret d'accueil des nouveaux agents, adressé en « vous », intertitres de niveau 3, paragraphes « Si vous rejoignez… », encadré « Bon à savoir » (région)",
 'expect': [
  ('CTR001', 'Vous ne confiez jamais à une IA une décision qui concerne une personne', "vous pouvez laisser Ambra écarter d'office les demandes de bourse au mérite",
   "écarter d'office une demande de bourse incomplète, c'est refuser la bourse : une décision qui concerne une personne (« l'attribution d'une aide ou d'une bourse »)"),
  ('CTR001', "Vous n'utilisez aucun outil d'IA grand public pour votre travail", 'la version gratuite de Copilot intégrée au navigateur est à votre disposition',
   "la version gratuite de Copilot est un outil d'IA grand public ; « à votre disposition sur tous les postes » pour le travail"),
  ('CTR005', "L'enregistrement de vos réunions sur Visio-Ambra n'est lancé qu'avec l'accord", "l'enregistrement des réunions sur Visio-Ambra est activé par défaut",
   "enregistrement des réunions Visio-Ambra : seulement avec l'accord de tous les participants / activé par défaut dans les salles équipées"),
  ('CTR003', 'Vos conversations avec Ambra restent disponibles pendant un an', "L'historique de vos conversations Ambra est effacé automatiquement au bout de 180 jours",
   "mêmes conversations avec Ambra : un an / 180 jours (encadré « Bon à savoir »)"),
 ],
 'traps': [
  (4, "Vous avez peut-être lu que l'intelligence artificielle allait remplacer", None, "idée reçue réfutée, pas une norme"),
  (3, 'Vous pouvez lui demander un premier jet de courrier', "Vous n'utilisez aucun outil d'IA grand public pour votre travail", "Ambra, hébergé par la Région, n'est pas un outil grand public"),
  (2, 'Ambra prépare pour vous la synthèse', 'Vous ne confiez jamais à une IA une décision qui concerne une personne', "préparer la synthèse d'un dossier n'est pas décider : l'agent propose la décision à la commission"),
  (2, 'vous pouvez demander à Ambra des visuels pour les campagnes', "Vous ne faites pas produire par une IA la voix ou l'image d'un élu", "visuels sans aucun visage réel : pas l'image d'un élu"),
  (4, 'sachez que les proviseurs fixent leurs propres règles pour les élèves', None, "règles d'un autre acteur, pour un autre public"),
  (6, 'La transcription automatique des réunions est désactivée par défaut', None, "option désactivée par défaut et activable : pas un CTR005 (et ce n'est pas l'enregistrement)"),
  (6, 'Les journaux de connexion à Ambra sont conservés un an également', "L'historique de vos conversations Ambra est effacé automatiquement", "journaux de connexion / conversations : données différentes"),
  (5, "La Région s'interdit d'utiliser vos conversations avec Ambra pour évaluer", "Votre manager peut en revanche consulter les statistiques anonymes", "auto-interdiction compatible : des statistiques anonymes de service ne servent pas à évaluer un agent"),
  (4, 'Les prestataires qui travaillent pour la Région signent une clause', None, "interdiction visant les prestataires"),
 ]}}
