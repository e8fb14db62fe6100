SPEC = {}
SPEC['cc-val-d-arbeyre-word.md'] = dict(
 desc="Communauté de communes fictive du Val d'Arbeyre, Word converti : CRLF sans BOM, « ARTICLE N - » en paragraphe, listes 1. et –, tableau en annexe",
 expect=[
  ("CTR001", "Le recours à un système d'IA pour évaluer des personnes", "attribuer à chaque candidature une note de 0 à 100",
   "noter les candidatures, c'est évaluer des candidats à un emploi ; l'instrument (module d'IA de Talentis) est donné par l'item précédent (« ce module »)"),
  ("CTR001", "1. Il est interdit à tous les agents de la communauté de communes, sans exception", "4. Le secrétariat général est autorisé à utiliser Scriba",
   "interdiction pour « tous les agents, sans exception » / permission pour un service nommé ; Scriba est un service de transcription automatique en ligne"),
  ("CTR002", "Il est interdit de transmettre à un prestataire extérieur des fichiers d'usagers", "Chaque trimestre, le service informatique doit transmettre",
   "le fichier des redevables de la redevance incitative est un fichier d'usagers ; Ardelis est un prestataire extérieur ; améliorer le modèle"),
  ("CTR003", "| Enregistrements audio des séances du conseil communautaire | 1 an |", "sont supprimés au bout de six mois",
   "tableau de l'annexe (1 an) / phrase qui suit le tableau (six mois), même objet"),
 ],
 traps=[
  (4, "1. L'intelligence artificielle est un outil d'aide", None, "principe descriptif, pas une norme sur une action"),
  (4, "2. Attention : les réponses des outils d'IA", None, "avertissement"),
  (5, "3. La communauté de communes s'engage à ne jamais recourir", None, "auto-interdiction sans permission contraire"),
  (1, "L'IA générative peut en revanche être utilisée pour rédiger les articles", "L'usage de l'IA générative est proscrit pour :", "le chapeau, séparé de ses items par des lignes vides, n'interdit que trois finalités ; le magazine n'en fait pas partie"),
  (3, "2. Le chatbot « Arbeyre Info »", "3. Il est interdit d'utiliser un chatbot grand public", "Arbeyre Info, développé pour la CC, n'est pas un chatbot grand public"),
  (4, "5. Le prestataire du chatbot doit héberger", None, "norme visant le prestataire"),
  (2, "1. Le module d'intelligence artificielle de Talentis peut être utilisé pour anonymiser", "Le recours à un système d'IA pour évaluer des personnes", "anonymiser un CV n'est pas évaluer un candidat"),
  (6, "Les questions posées par les usagers à Arbeyre Info sont effacées au terme d'un délai de 90 jours", "Les prompts saisis dans Arbeyre Info sont conservés 3 mois", "même valeur en deux unités (3 mois = 90 jours) : pas de CTR003"),
  (6, "| Journaux techniques d'Arbeyre Info | 6 mois |", "Les prompts saisis dans Arbeyre Info sont conservés 3 mois", "journaux techniques / prompts : données différentes"),
  (6, "Il réunit le comité de suivi deux fois par an", "La charte fait l'objet d'une révision annuelle", "réunion du comité / révision : paramètres différents"),
 ])
