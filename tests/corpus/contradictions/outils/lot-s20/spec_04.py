SPEC = {'ehpad-public-les-tilleuls-de-varennes-sur-ormance-word.md': {
 'desc': "EHPAD public autonome fictif « Les Tilleuls » de Varennes-sur-Ormance, note d'information collée de Word (BOM, CRLF), titres en capitales grasses numérotés, quatre tableaux (outils, usages, réglages, conservation), signature (établissement public social et médico-social)",
 'expect': [
  ('CTR001', "Aucune donnée médicale d'un résident n'est saisie", "| Résumer les transmissions ciblées de l'équipe soignante de nuit",
   "les transmissions ciblées (constantes, traitements, chutes) sont des données médicales des résidents ; l'interdiction vise « quel qu'il soit, Cybèle compris » ; rangée « Oui | Cybèle »"),
  ('CTR001', '| ChatGPT (version gratuite) | Hors Union européenne | Interdit |', "L'animatrice peut utiliser ChatGPT pour composer les quiz",
   "ChatGPT gratuit interdit sans réserve (rangée du tableau 1) / permis à l'animatrice pour la gazette"),
  ('CTR005', "La dictée vocale de Cybèle n'est activée qu'avec l'accord du professionnel", '| Dictée vocale de Cybèle sur les tablettes de soins | Activée par défaut |',
   "dictée vocale de Cybèle : activée seulement avec l'accord du professionnel / activée par défaut (rangée du tableau 3)"),
  ('CTR003', '| Conversations avec Cybèle | 90 jours |', 'conserve les conversations avec Cybèle six mois',
   "mêmes conversations avec Cybèle : 90 jours (tableau 4) / six mois (phrase qui suit le tableau)"),
 ],
 'traps': [
  (4, 'En juin dernier, un compte rendu de chute a été collé', None, "fait passé et mauvaise pratique citée, pas une norme"),
  (2, '| Rédiger le menu de la semaine et les fiches d\'allergènes du restaurant', "Aucune donnée médicale d'un résident n'est saisie", "les allergènes des plats ne sont pas des données médicales d'un résident"),
  (2, "| Préparer les courriers d'information aux familles", "Aucune donnée médicale d'un résident n'est saisie", "courriers d'information générale : aucune donnée médicale"),
  (4, 'Le prestataire de Cybèle s\'engage à ne pas utiliser', None, "engagement du prestataire, pas une norme pour les professionnels"),
  (6, 'La traduction automatique des échanges avec les familles non francophones est désactivée par défaut', None, "option désactivée par défaut et activable : pas un CTR005"),
  (6, "| Journaux d'accès à Cybèle | 1 an |", '| Conversations avec Cybèle | 90 jours |', "journaux d'accès / conversations : données différentes"),
  (6, '| Mémoire des conversations | Désactivée |', None, "réglage désactivé, qu'aucune clause ne soumet à l'accord : pas un CTR005"),
  (3, '| Traduire les notes de service pour les agents non francophones | Oui | DeepL Pro |', '| Applications d\'IA des téléphones personnels | Inconnu | Interdit |', "DeepL Pro sous licence de l'établissement n'est pas une application d'un téléphone personnel"),
 ]}}
