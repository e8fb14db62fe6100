SPEC = {'syndicat-mixte-du-pnr-des-monts-d-ervaine.yaml': {
 'desc': "Syndicat mixte fictif du parc naturel régional des Monts d'Ervaine, règles en YAML sans `modalite` : `regles_generales` (restriction, listes `interdit` et `autorise`, engagements), `services` à listes d'usages, `parametres`, `gouvernance`, `revision:` en en-tête (syndicat mixte)",
 'expect': [
  ('CTR001', "restriction_outil: \"Les agents du Parc n'utilisent qu'Ervia", "Le chargé de communication peut utiliser Le Chat",
   "restriction « n'utilisent qu'Ervia » / permission de Le Chat pour un agent du Parc (service communication)"),
  ('CTR001', "Rédiger avec un outil d'IA un avis réglementaire du Parc", "Ervia rédige le projet d'avis du Parc sur les plans locaux d'urbanisme",
   "un PLU est un document d'urbanisme ; rédiger le projet d'avis, c'est rédiger l'avis avec un outil d'IA (la signature du président n'y change rien)"),
  ('CTR002', "la localisation d'une espèce protégée", "doivent utiliser Ervia pour cartographier les aires de gypaète",
   "les aires de gypaète et d'aigle royal sont des localisations d'espèces protégées (« aire de rapace ») ; interdiction « quel qu'il soit » / obligation d'utiliser Ervia"),
  ('CTR003', 'revision: annuelle', 'réexamine ces règles tous les deux ans',
   "révision : `revision: annuelle` en en-tête / tous les deux ans (gouvernance)"),
 ],
 'traps': [
  (4, 'intention: >-', None, "intention, pas une norme"),
  (4, 'description: "Service d\'IA en ligne de Mistral AI, version gratuite."', None, "description de Le Chat dans l'inventaire des outils : ni permission ni interdiction"),
  (2, 'Ervia trie par espèce les clichés des pièges photographiques', 'Identifier une personne sur les images des pièges photographiques', "trier les animaux par espèce n'est pas identifier une personne"),
  (2, "Ervia peut résumer les données d'espèces communes déjà publiées", "la localisation d'une espèce protégée", "espèces communes déjà publiées : pas de localisation d'espèce protégée"),
  (2, 'Ervia compare la charte du Parc aux orientations des schémas', "Rédiger avec un outil d'IA un avis réglementaire du Parc", "une note de synthèse pour le bureau n'est pas un avis réglementaire"),
  (1, 'Préparer avec Ervia les supports des sorties nature', "Rédiger avec un outil d'IA un avis réglementaire du Parc", "la liste `interdit` ne vise que trois finalités"),
  (4, 'Les bénévoles des inventaires utilisent l\'application', "restriction_outil: \"Les agents du Parc n'utilisent qu'Ervia", "les bénévoles ne sont pas des agents : la restriction ne les vise pas"),
  (5, "Le syndicat s'interdit de céder ou de vendre les données naturalistes", None, "auto-interdiction qu'aucune permission ne heurte"),
  (6, 'cliches_pieges_photographiques: "2 ans"', 'conversations_ervia: "30 jours"', "clichés des pièges / conversations : données différentes"),
  (6, 'memoire_ervia: "désactivée par défaut', None, "option désactivée par défaut et activable : pas un CTR005"),
 ]}}
