SPEC = {'sivos-des-hauts-de-maricourt.md': {
 'desc': "SIVOS fictif des Hauts de Maricourt (écoles, cantine, car scolaire), une page en « nous », pseudo-titres en gras, sans section (syndicat scolaire)",
 'expect': [
  ('CTR002', "L'usage de Gemini et de ChatGPT est interdit", 'La secrétaire doit faire traduire par Gemini',
   "Gemini interdit « pour tous les documents » / traduction par Gemini obligatoire pour les courriers aux familles"),
  ('CTR001', 'Nous ne confions à une IA aucune donnée concernant les enfants', 'Les listes des élèves inscrits au transport scolaire',
   "une liste d'élèves inscrits au car contient le nom et l'adresse des enfants ; Le Chat est une IA"),
  ('CTR003', 'La présente charte est revue à chaque rentrée', 'Révision : tous les trois ans',
   "révision : chaque rentrée (annuelle) / tous les trois ans"),
 ],
 'traps': [
  (4, "Nous voulons que l'IA nous fasse gagner du temps", None, "objectif"),
  (2, "Le Chat peut nous aider à rédiger l'affiche", 'Nous ne confions à une IA aucune donnée concernant les enfants', "affiche, menu, mot de rentrée : aucune donnée d'enfant"),
  (5, "Nous nous interdisons tout usage d'une IA pour surveiller", "Le Chat peut nous aider à rédiger l'affiche", "auto-interdiction compatible avec la permission"),
  (6, 'Les brouillons que nous laissons dans Le Chat', None, "brouillons un mois / registres de présence un an : données différentes dans la même ligne"),
  (2, 'La secrétaire doit faire traduire par Gemini', 'Nous ne confions à une IA aucune donnée concernant les enfants', "courriers d'information générale : aucune donnée d'enfant (seul le conflit avec l'interdiction de Gemini est attendu)"),
 ]}}
