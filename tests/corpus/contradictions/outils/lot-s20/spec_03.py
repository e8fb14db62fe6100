SPEC = {'office-de-tourisme-des-gorges-de-l-aulnac-affiche.md': {
 'desc': "Office de tourisme intercommunal fictif des Gorges de l'Aulnac (EPIC), affiche d'une page à pictogrammes : rubriques « ✅ ON PEUT », « ⛔ ON NE FAIT PAS », « 📌 C'EST OBLIGATOIRE », items nominaux ou à l'infinitif, pied de page en italique (établissement public)",
 'expect': [
  ('CTR001', "- Faire retoucher par l'IA de Canva les photos du festival", '- Aucune photo de visiteur confiée à une IA',
   "les photos du festival où l'on voit le public sont des photos de visiteurs ; item nominal sans verbe « Aucune photo… »"),
  ('CTR001', '- Laisser ChatGPT préparer les réponses aux avis négatifs', "- Pas d'IA grand public pour répondre aux avis en ligne",
   "ChatGPT est une IA grand public ; un avis Tripadvisor est un avis en ligne ; préparer la réponse, c'est l'écrire"),
  ('CTR002', '- Les fiches des sentiers de randonnée ne sont jamais traduites par une IA', '- Chaque nouvelle fiche sentier est traduite en anglais',
   "traduction des fiches sentier : jamais par une IA / obligatoire avec DeepL Pro (rubrique « C'EST OBLIGATOIRE »)"),
  ('CTR003', '- Les échanges des agents avec Aulnette sont effacés au bout de 30 jours.', 'Conservation des conversations des agents avec Aulnette : 1 an.',
   "mêmes conversations des agents avec Aulnette : 30 jours (rubrique « DURÉES ») / 1 an (pied de page)"),
 ],
 'traps': [
  (1, '- Demander à Le Chat des idées de slogans', "- Pas d'IA grand public pour répondre aux avis en ligne", "l'interdiction de l'IA grand public ne vise que la réponse aux avis"),
  (3, '- Utiliser Aulnette, notre assistant maison', "- Pas d'IA grand public pour répondre aux avis en ligne", "Aulnette est l'outil de l'office, et une demande de brochure n'est pas un avis"),
  (2, "- Passer dans l'IA de Canva les photos de paysages", '- Aucune photo de visiteur confiée à une IA', "photos sans personne"),
  (4, "- Ne croyez pas l'IA sur les horaires du bac", None, "avertissement sur la fiabilité, pas une norme d'usage"),
  (4, '- Sur la borne du belvédère, les visiteurs peuvent discuter avec Aulnette', None, "permission visant les visiteurs, pas les agents"),
  (2, '- Aulnette propose des itinéraires en français', '- Les fiches des sentiers de randonnée ne sont jamais traduites par une IA', "proposer un itinéraire dans la langue du visiteur n'est pas traduire les fiches sentier"),
  (5, "- L'office s'interdit de revendre les données des visiteurs", '- Aulnette enregistre la langue choisie par le visiteur', "auto-interdiction de revendre ; l'enregistrement de la langue pour les statistiques n'est pas une revente"),
  (6, '- Les statistiques de fréquentation de la borne sont gardées 3 ans.', '- Les échanges des agents avec Aulnette sont effacés au bout de 30 jours.', "statistiques de la borne / échanges des agents : données différentes"),
 ]}}
