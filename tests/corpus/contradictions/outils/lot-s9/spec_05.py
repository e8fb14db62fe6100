SPEC = {}
SPEC['cc-des-monts-d-albe-faq.md'] = dict(
 desc="Communauté de communes fictive des Monts d'Albe, FAQ : questions en gras, réponse à la ligne suivante, rappel des règles en liste",
 expect=[
  ("CTR001", ">>Puis-je saisir des données personnelles dans un outil d'IA grand public", ">>Le service enfance peut-il trier la liste des inscrits",
   "réponse « Non. » / réponse « Oui » ; la liste des inscrits est une liste nominative (données personnelles) ; Gemini est cité parmi les outils grand public"),
  ("CTR002", ">>Puis-je utiliser l'IA pour rédiger une délibération ou le procès-verbal", ">>Faut-il désormais passer par Albia pour les procès-verbaux",
   "réponse « Non » (rédaction des procès-verbaux sans IA) / réponse « Oui, c'est obligatoire » (préparé par Albia)"),
  ("CTR001", ">>DeepL est-il autorisé ?", ">>Comment répondre à un courrier en anglais",
   "aucun outil de traduction en ligne, quel que soit le document / « Passez-le dans DeepL »"),
  ("CTR003", ">>Combien de temps mes conversations avec Albia", "- L'historique des conversations d'Albia est purgé automatiquement tous les sept jours",
   "trente jours (réponse de la FAQ) / sept jours (rappel des règles), même donnée"),
 ],
 traps=[
  (4, ">>Vrai ou faux : l'IA est interdite", None, "idée reçue réfutée, pas une norme"),
  (3, ">>Et dans Albia ?", ">>Puis-je saisir des données personnelles dans un outil d'IA grand public", "Albia, outil de la communauté de communes, n'est pas un outil grand public"),
  (2, ">>Un parent m'a envoyé un certificat médical", ">>Et dans Albia ?", "règle spéciale plus stricte pour les données de santé, qui nomme Albia : elle restreint la permission générale sans la contredire"),
  (2, ">>Puis-je faire résumer un rapport de la chambre régionale des comptes", ">>Puis-je saisir des données personnelles dans un outil d'IA grand public", "document public : aucune donnée personnelle saisie"),
  (2, ">>Albia peut-il m'aider à trouver une délibération ancienne", ">>Puis-je utiliser l'IA pour rédiger une délibération ou le procès-verbal", "rechercher un acte n'est pas le rédiger"),
  (2, ">>Les animateurs peuvent-ils utiliser l'IA pour inventer des jeux", None, "aucun enfant nommé : aucune donnée personnelle"),
  (6, ">>Et les journaux de connexion ?", ">>Combien de temps mes conversations avec Albia", "journaux / conversations : données différentes"),
  (4, ">>L'IA peut-elle se tromper ?", None, "avertissement"),
 ])
