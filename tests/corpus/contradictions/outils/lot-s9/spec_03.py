SPEC = {}
SPEC['sdis-haute-orvalle.md'] = dict(
 desc="SDIS fictif de la Haute-Orvalle, note de service à paragraphes 1.1…, tableau Outil / Statut / Observations, usages par groupement",
 expect=[
  ("CTR003", "Il est hébergé dans la salle informatique de la direction départementale", "6.1. Galène est hébergé chez le prestataire Altéane",
   "lieu d'hébergement du même outil : salle informatique du SDIS à Orvalle / centre de données d'un prestataire à Lyon"),
  ("CTR001", "3.1. Les enregistrements des appels reçus au CTA ne sont jamais transmis", "4.1. Groupement formation : les formateurs peuvent faire transcrire",
   "enregistrements d'appels au 18 = appels reçus au CTA ; le service en ligne d'OpenAI est un outil hébergé hors du SDIS"),
  ("CTR001", "| ChatGPT | Interdit | Pour tout usage professionnel |", "le service communication peut utiliser ChatGPT",
   "cellule de tableau (interdit pour tout usage professionnel) / permission en prose pour le service communication"),
  ("CTR002", "3.2. Aucune décision relative à l'aptitude médicale", "4.4. Service de santé et de secours médical (SSSM) : les fiches d'aptitude",
   "établir la fiche d'aptitude, c'est décider de l'aptitude ; le médecin n'intervient qu'en cas de contestation ; Vitalis est un outil d'IA (module du logiciel de médecine, tableau 2.2)"),
  ("CTR005", "5.1. La transcription automatique des comptes rendus de sortie", "5.2. Sur les tablettes des engins, la dictée vocale avec transcription",
   "transcription activée seulement à la demande du chef d'agrès / active par défaut"),
 ],
 traps=[
  (4, "1.1. La présente note vise à sécuriser", None, "objectif"),
  (6, "2.3. Les sauvegardes de Galène sont copiées", "Il est hébergé dans la salle informatique de la direction départementale", "lieu de conservation des sauvegardes / lieu d'hébergement de l'outil : paramètres différents"),
  (2, "3.3. L'IA ne décide pas de l'engagement des moyens", None, "proposer une liste d'engins n'est pas décider : l'opérateur valide (précision écrite dans la règle)"),
  (2, "3.4. Les personnels ne publient sur les réseaux sociaux aucune image", "le service communication peut utiliser ChatGPT", "image retouchée ou générée / texte de prévention : objets différents"),
  (5, "3.5. Le SDIS s'interdit d'utiliser l'IA pour classer les candidatures", "4.5. Groupement ressources humaines : Galène peut vérifier", "vérifier la complétude d'un dossier sans en tirer de classement : auto-interdiction compatible"),
  (2, "4.3. Groupement prévision : Galène peut proposer un itinéraire", "3.3. L'IA ne décide pas de l'engagement des moyens", "itinéraire d'accès vérifié par le préventionniste : ni décision ni engagement des moyens"),
  (6, "5.3. La géolocalisation des tablettes est désactivée par défaut", None, "option désactivée par défaut et activable : pas un CTR005"),
  (4, "6.2. Le prestataire s'interdit de réutiliser", None, "norme visant le prestataire"),
  (6, "7.2. Les journaux d'accès à Galène sont conservés un an", "7.1. Les conversations avec Galène sont conservées six mois", "journaux / conversations : données différentes"),
  (6, "Il rend compte au comité de direction chaque semestre", "8.2. La présente note est réexaminée tous les deux ans", "compte rendu du référent / réexamen de la note : paramètres différents"),
 ])
