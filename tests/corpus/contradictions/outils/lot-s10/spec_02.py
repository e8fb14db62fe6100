SPEC = {}
SPEC['commune-saint-aubert-des-lys-word.md'] = dict(
 desc="Commune fictive de Saint-Aubert-des-Lys (640 habitants), une page collée de Word : BOM, CRLF, pseudo-titres en gras, chapeau suivi d'une liste lâche à tirets, « nous »",
 expect=[
  ("CTR001", "- rédiger un acte administratif ;", "La secrétaire de mairie peut faire préparer par Plume les arrêtés",
   "les arrêtés de permission de voirie et de débit de boissons temporaire sont des actes administratifs ; le chapeau vise « l'intelligence artificielle », donc Plume"),
  ("CTR001", "Les noms, adresses et numéros de téléphone des habitants ne sont jamais saisis", "l'agent d'accueil peut coller la liste des inscrits dans la version gratuite de ChatGPT",
   "la liste des inscrits au repas des aînés contient leurs noms ; la version gratuite de ChatGPT est un outil d'IA en ligne gratuit"),
  ("CTR002", "- traiter les informations d'état civil", "doivent être préparées avec Plume à partir du registre numérisé",
   "une copie intégrale d'acte de naissance est une information d'état civil ; interdiction (item sous chapeau) / obligation"),
 ],
 traps=[
  (2, "Le Chat ou ChatGPT peuvent servir à trouver des idées pour l'affiche", "Les noms, adresses et numéros de téléphone des habitants ne sont jamais saisis", "idées d'affiche : aucune donnée d'habitant"),
  (1, "pour rédiger des courriers soumis à la signature du maire", "- répondre à un administré à la place du maire.", "le courrier est signé par le maire : l'IA ne répond pas à sa place ; le chapeau n'interdit que trois finalités"),
  (3, "Pour gagner du temps, les copies intégrales", "Les noms, adresses et numéros de téléphone des habitants ne sont jamais saisis", "Plume, hébergé par le syndicat et payé par la cotisation, n'est pas un outil en ligne gratuit (la paire avec l'état civil est, elle, attendue)"),
  (4, "Attention : l'IA se trompe souvent", None, "avertissement"),
  (5, "Le maire s'interdit de faire écrire ses discours par une IA.", "pour rédiger des courriers soumis à la signature du maire", "auto-interdiction du maire sur ses discours, compatible avec les courriers rédigés par les agents"),
  (4, "Les habitants restent libres d'utiliser l'outil de leur choix", None, "norme visant un autre acteur (les habitants)"),
  (6, "Les conversations avec Plume sont effacées par le syndicat au bout de 30 jours", None, "conversations 30 jours / journaux de connexion six mois, dans la même phrase : données différentes"),
  (4, "Notre commune compte 640 habitants et quatre agents", None, "présentation, pas une norme"),
 ])
