SPEC = {}
SPEC['ville-sornac-sur-leze-word.md'] = dict(
 desc="Ville fictive de Sornac-sur-Lèze, Word converti : BOM, CRLF, « Article 1er – », définitions 1°, items a), tableau d'outils",
 expect=[
  ("CTR001", "a) Il est interdit de saisir des données personnelles", "d) Pour gagner du temps",
   "les courriels des administrés, signature et coordonnées comprises, sont des données personnelles ; ChatGPT est un outil d'IA grand public (définition 1°)"),
  ("CTR001", "| DeepL, version gratuite | Interdit", "e) Le service communication peut traduire",
   "interdiction portée par une cellule de tableau (DeepL gratuit) / permission en prose pour le service communication"),
  ("CTR002", "Aucun acte administratif ne peut être rédigé", "doivent s'en servir pour rédiger les arrêtés",
   "un arrêté d'avancement est un acte administratif ; l'instrument (Lézard, une IA) est donné par la phrase précédente (« s'en servir »)"),
  ("CTR003", "Les conversations avec Lézard sont conservées trois mois", "L'historique des échanges avec Lézard est effacé au bout de six mois",
   "conversations = historique des échanges ; trois mois / six mois, à 20 lignes d'écart"),
 ],
 traps=[
  (4, "La Ville entend accompagner ses agents", None, "objectif du préambule"),
  (4, "1° « outil d'IA grand public »", None, "définition (cite ChatGPT, Gemini… sans rien permettre ni interdire)"),
  (3, "b) Lézard peut être utilisé avec des données personnelles", "a) Il est interdit de saisir des données personnelles", "Lézard, outil de la Ville, n'est pas un outil d'IA grand public"),
  (2, "c) ChatGPT, Gemini ou Le Chat peuvent servir", "a) Il est interdit de saisir des données personnelles", "texte publié sans aucune donnée personnelle : objets disjoints"),
  (2, "Lézard peut en revanche être utilisé pour résumer un arrêté préfectoral", "Aucun acte administratif ne peut être rédigé", "résumer un arrêté reçu n'est pas rédiger un acte"),
  (6, "Les journaux de connexion à Lézard sont conservés un an", "Les conversations avec Lézard sont conservées trois mois", "journaux de connexion / conversations : données différentes"),
  (4, "Le syndicat informatique s'interdit de réutiliser", None, "norme visant le prestataire (auto-interdiction du syndicat)"),
  (4, "Exemple de ce qu'il ne faut pas faire", None, "mauvaise pratique citée en exemple (générateur d'images)"),
  (6, "se réunit deux fois par an", "La présente charte est révisée tous les deux ans", "réunion du comité / révision de la charte : paramètres différents"),
 ])
