SPEC = {'petr-des-monts-de-cervanne-diaporama.md': {
 'desc': "Pôle d'équilibre territorial et rural fictif des Monts de Cervanne, diaporama approuvé comme charte : diapositives séparées par des filets, puces ✅ / ⛔ / 📌, chapeau « Jamais l'IA ne sert à : » + items, notes de l'orateur en citation, tableau récapitulatif (syndicat mixte)",
 'expect': [
  ('CTR001', "- classer ou noter des candidats à un recrutement ;", "- ✅ Cervia peut attribuer une note sur 20 à chaque candidature",
   "attribuer une note à chaque candidature, c'est noter des candidats à un recrutement ; chapeau « Jamais l'IA ne sert à : » séparé de ses items par une ligne vide"),
  ('CTR001', "- On n'utilise que Cervia", "faire traduire les brochures touristiques en allemand par DeepL",
   "restriction « On n'utilise que Cervia » / DeepL permis à la chargée de promotion, agente du PETR"),
  ('CTR002', "- 📌 Toute image générée par IA porte la mention", "- ⛔ Ne mettez jamais la mention « Image générée par IA »",
   "les visuels générés pour les affiches sont des images générées par IA : mention obligatoire (diapositive 4) / « Ne mettez jamais » (diapositive 7)"),
  ('CTR003', "- Conversations Cervia : conservées 1 mois", "| Conservation des conversations Cervia | 3 mois |",
   "mêmes conversations Cervia : 1 mois (diapositive 5) / 3 mois (récapitulatif)"),
 ],
 'traps': [
  (4, "- Garder la main sur tout ce qui engage le PETR", None, "objectif en puce, pas une norme"),
  (4, "> Notes de l'orateur : commencer par l'anecdote", None, "anecdote d'une autre collectivité, note pour mémoire"),
  (1, "- ✅ Cervia peut résumer les comptes rendus des comités de pilotage", "Jamais l'IA ne sert à :", "le chapeau n'exclut que trois finalités"),
  (2, "- ✅ Cervia peut rédiger l'annonce du poste", "- classer ou noter des candidats à un recrutement ;", "rédiger une annonce n'est ni classer ni noter des candidats"),
  (3, "- ✅ Cervia peut rédiger l'annonce du poste", "- On n'utilise que Cervia", "la permission porte sur l'outil réservé"),
  (2, "- ✅ Cervia peut vérifier que chaque dossier de demande de subvention LEADER", "- décider d'une subvention LEADER ;", "vérifier les pièces quand le comité de programmation décide n'est pas décider"),
  (4, "> Notes de l'orateur : exemple de mauvaise invite", "- rédiger un avis du PETR sur un document d'urbanisme.", "mauvaise invite citée pour l'exemple, pas une permission"),
  (6, "- Journaux de connexion : conservés 1 an", "- Conversations Cervia : conservées 1 mois", "journaux de connexion / conversations : données différentes"),
  (2, "- 📌 Tout texte produit avec Cervia est relu", None, "obligation de relecture qu'aucune interdiction ne heurte"),
  (6, "| Révision de la charte | Chaque année |", None, "seule périodicité de révision"),
 ]}}
