SPEC = {'departement-de-la-haute-ancelle-elus-engagements.md': {
 'desc': "Département fictif de la Haute-Ancelle, engagements signés par chaque conseiller départemental, à la première personne du singulier (« Je peux », « Je m'interdis », « Je dois »), en-tête YAML `perimetre: [elus]`, engagements numérotés de 1 à 17 sous quatre intertitres, annexe technique en tableau (élus)",
 'expect': [
  ('CTR001', '5. Je m\'interdis de faire rédiger par une IA mes interventions en séance', "12. Pour présenter mon rapport en séance plénière, je peux lire le texte qu'Ancella",
   "présenter son rapport en séance plénière est une intervention en séance de l'assemblée ; le texte préparé par Ancella est rédigé par une IA"),
  ('CTR001', "6. Je ne saisis jamais dans un outil d'IA le nom d'un administré", '4. Je peux demander à Ancella de mettre en forme la liste des personnes',
   "la liste des personnes reçues en permanence donne les noms d'administrés qui ont sollicité l'élu ; Ancella est un outil d'IA"),
  ('CTR002', '8. Aucune transcription automatique des réunions des commissions thématiques.', "11. Lorsque je préside une commission thématique, je dois transmettre",
   "engagement nominal sans verbe / obligation de faire établir par Ancella la transcription de chaque réunion de commission"),
  ('CTR003', '14. Mes échanges avec Ancella sont conservés douze mois', '| Conservation des conversations des élus | 3 mois |',
   "mêmes conversations des élus avec Ancella : douze mois (engagement 14) / 3 mois (fiche technique en annexe)"),
 ],
 'traps': [
  (4, "il ne s'applique pas aux agents, qui relèvent de la charte des services", None, "champ du document"),
  (4, "En 2025, un discours d'inauguration produit par une IA", None, "fait passé rapporté, pas une norme"),
  (2, '2. Je peux demander à Ancella de résumer les rapports inscrits', '5. Je m\'interdis de faire rédiger par une IA mes interventions', "résumer un rapport pour soi n'est pas rédiger une intervention"),
  (2, "3. Je peux faire réaliser par Ancella une illustration d'un projet de collège", '7. Je m\'interdis de produire, avec une IA, une image, une voix', "l'illustration d'un projet de collège n'imite aucun élu"),
  (5, '13. Pendant la campagne électorale, je n\'utilise ni Ancella', '1. Je peux utiliser Ancella', "auto-interdiction plus étroite (documents de candidat) que la permission générale : exception normale"),
  (6, "15. Les journaux de connexion d'Ancella sont conservés deux ans", '14. Mes échanges avec Ancella sont conservés douze mois', "journaux de connexion / échanges : données différentes"),
  (6, "16. La mémoire d'Ancella est désactivée par défaut", None, "option désactivée par défaut et activable : pas un CTR005"),
  (4, '17. Les collaborateurs des groupes d\'élus suivent la charte des agents', None, "autre acteur, renvoyé à un autre texte"),
 ]}}
