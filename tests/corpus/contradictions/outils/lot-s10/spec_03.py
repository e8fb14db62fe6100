SPEC = {}
SPEC['agglo-du-pays-de-veyrac-intranet-faq.md'] = dict(
 desc="Communauté d'agglomération fictive du Pays de Veyrac, FAQ d'intranet collée : bandeau, fil d'Ariane, questions en gras et réponse à la ligne suivante, « Vrai ou faux », rappel des règles en liste, pied de page",
 expect=[
  ("CTR001", "- Seul Lumen peut servir à produire un texte destiné au public", ">>Vrai ou faux : on ne peut pas utiliser ChatGPT au travail.",
   "restriction « seul » (ligne de la restriction) / réponse de FAQ : reformuler une affiche, corriger un article sont des textes destinés au public"),
  ("CTR001", "- Aucun courrier d'usager, aucune pièce de dossier ne doit être copié", ">>Puis-je utiliser un outil gratuit pour traduire le courrier d'un usager",
   "la version gratuite de DeepL est un outil gratuit en ligne ; « collez simplement le courrier » d'un usager"),
  ("CTR001", "- L'IA n'intervient jamais dans l'instruction des autorisations d'urbanisme.", ">>Puis-je faire vérifier par l'IA la complétude d'un dossier de permis de construire",
   "vérifier la complétude d'un dossier de permis fait partie de son instruction ; la question porte l'objet, la réponse « Oui, avec Lumen » la permission"),
  ("CTR002", "- Aucune intervention d'élu en séance ne doit être retranscrite par une IA.", ">>Faut-il passer les débats du conseil communautaire dans Lumen",
   "le procès-verbal doit être établi à partir de la transcription automatique des débats, donc des interventions des élus ; interdiction / obligation"),
  ("CTR003", ">>Combien de temps mes conversations avec Lumen sont-elles gardées", "- Historique des conversations Lumen : conservé 90 jours.",
   "même donnée, même outil : trente jours (réponse de FAQ) / 90 jours (rappel des règles)"),
 ],
 traps=[
  (4, ">>L'IA va-t-elle remplacer les agents", None, "réponse à une idée reçue, pas une norme"),
  (3, ">>Lumen peut-il recevoir des données personnelles des usagers", "- Aucun courrier d'usager, aucune pièce de dossier ne doit être copié", "Lumen, hébergé sur les serveurs de l'agglomération, n'est pas un outil gratuit en ligne"),
  (4, "Lumen peut inventer des références ou des chiffres", None, "avertissement"),
  (2, ">>Puis-je résumer avec Le Chat un rapport de la chambre régionale", "- Aucun courrier d'usager, aucune pièce de dossier ne doit être copié", "rapport public sans donnée personnelle, pour une note interne : ni courrier d'usager, ni pièce de dossier, ni texte destiné au public"),
  (2, ">>J'utilise ChatGPT chez moi pour organiser mes vacances", "- Seul Lumen peut servir à produire un texte destiné au public", "usage privé hors champ de la charte"),
  (6, ">>Et les journaux de connexion ?", ">>Combien de temps mes conversations avec Lumen sont-elles gardées", "journaux de connexion un an / conversations trente jours : données différentes"),
  (6, ">>La mémoire de Lumen est-elle activée ?", None, "option désactivée par défaut et activable : pas un CTR005"),
  (5, "L'agglomération s'engage à ne pas utiliser les conversations des agents pour évaluer", None, "auto-interdiction compatible avec toutes les permissions"),
  (4, "Le contrat lui interdit toute réutilisation", None, "norme visant le prestataire"),
  (2, ">>Lumen peut-il me proposer un classement des courriers reçus", "- L'IA n'intervient jamais dans l'instruction des autorisations d'urbanisme.", "orienter le courrier entre services n'est pas instruire une autorisation d'urbanisme ; proposition vérifiée par l'agent"),
 ])
