SPEC = {'ville-de-belmont-sur-aroise-police-etat-civil.md': {
 'desc': "Ville fictive de Belmont-sur-Aroise, charte sectorielle (police municipale, vidéoprotection, état civil) : chapeau en gras + items « – » séparés par des lignes vides, idée reçue en gras, tableau de conservation suivi d'une phrase (commune)",
 'expect': [
  ('CTR001', "– l'identification automatique des personnes filmées", 'Vigil\'Aroise peut rechercher dans les images',
   "rechercher une personne dans les images à partir de sa photographie, c'est l'identifier automatiquement ; réquisition ou non, l'item l'interdit au centre de supervision"),
  ('CTR002', '– la rédaction des procès-verbaux et des rapports de constatation', 'Les agents de police municipale doivent rédiger leurs rapports',
   "rédaction des rapports de constatation avec un outil d'IA : interdite (item sous chapeau) / obligatoire avec Rapporto"),
  ('CTR001', "Aucune pièce d'état civil ne peut être soumise", 'Le service population peut faire traduire par DeepL',
   "un acte de naissance étranger est une pièce d'état civil ; DeepL est un outil d'IA"),
  ('CTR003', '| Images de vidéoprotection | 30 jours', 'Les images des caméras de voie publique sont effacées',
   "mêmes images : 30 jours / 15 jours"),
 ],
 'traps': [
  (1, "Vigil'Aroise signale automatiquement les dépôts", "– l'identification automatique des personnes filmées", "le chapeau n'interdit que trois finalités ; repérer un dépôt d'ordures n'identifie personne"),
  (2, 'peut compter les véhicules stationnés', '– la lecture automatisée des plaques', "compter des véhicules ne lit aucune plaque"),
  (5, "La commune s'interdit de croiser les images", 'peut compter les véhicules stationnés', "auto-interdiction compatible avec le comptage"),
  (4, 'Idée reçue : « les caméras de Belmont', None, "idée reçue en gras, réfutée"),
  (3, 'Rapporto peut mettre en forme les mains courantes', 'ChatGPT, Gemini et les autres outils grand public', "Rapporto, hébergé par le syndicat informatique, n'est pas un outil grand public"),
  (2, 'Rapporto peut mettre en forme les mains courantes', '– la rédaction des procès-verbaux', "une main courante n'est ni un procès-verbal ni un rapport de constatation"),
  (6, '| Journaux de consultation des images', '| Images de vidéoprotection | 30 jours', "journaux de consultation / images : données différentes"),
  (2, 'Rapporto peut rédiger les réponses types', "Aucune pièce d'état civil ne peut être soumise", "réponses types aux demandes de rendez-vous : aucune pièce d'état civil"),
 ]}}
