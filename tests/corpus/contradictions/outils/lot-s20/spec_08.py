SPEC = {'agglo-du-val-de-sorbier-note-dgs.md': {
 'desc': "Communauté d'agglomération fictive du Val de Sorbier, note de service de la directrice générale des services (en-tête De / À / Copie / Objet / P.J., « Mesdames, Messieurs », points numérotés en paragraphe, dispositions par direction a) à d), signature, fiche technique jointe en lignes « Clé : valeur ») (EPCI)",
 'expect': [
  ('CTR001', '1. Les outils. Seuls les trois outils suivants peuvent être utilisés', 'a) Conservatoire à rayonnement intercommunal : les professeurs peuvent utiliser Gemini',
   "restriction nommant trois outils (« Tout autre outil est exclu ») / Gemini permis aux professeurs du conservatoire, agents de l'agglomération"),
  ('CTR001', "3. Les aides aux habitants. Les services ne doivent pas confier à une IA l'instruction", 'b) Direction de l\'habitat : Sorbia peut désormais contrôler la complétude',
   "contrôler la complétude d'un dossier et réclamer les pièces manquantes fait partie de l'instruction de la demande d'aide à la rénovation"),
  ('CTR002', '2. Les documents sensibles. Aucun document portant la mention « Diffusion restreinte »', 'les notes préparatoires doivent être résumées par Sorbia',
   "les notes préparatoires au bureau portent la mention « Diffusion restreinte » (point 2) ; interdiction « quel qu'il soit » / obligation de les faire résumer par Sorbia"),
  ('CTR003', '6. La conservation. Sorbia conserve les conversations des agents pendant 45 jours', 'Durée de conservation des conversations des agents : 90 jours.',
   "mêmes conversations des agents avec Sorbia : 45 jours (point 6) / 90 jours (fiche technique jointe)"),
 ],
 'traps': [
  (4, 'Le 12 septembre dernier, un agent a collé dans un outil en ligne', None, "fait passé et mauvaise pratique, pas une norme"),
  (3, "d) Direction de la communication : DeepL Pro peut servir", '1. Les outils. Seuls les trois outils suivants', "DeepL Pro figure parmi les trois outils autorisés"),
  (2, 'Sorbia peut en revanche résumer, pour les conseillers, les textes réglementaires', "3. Les aides aux habitants. Les services ne doivent pas confier", "résumer des textes réglementaires n'est pas instruire une demande"),
  (5, '4. Le suivi de l\'usage. La direction générale s\'interdit', None, "auto-interdiction (mesurer la productivité des agents) compatible avec le décompte des requêtes par service pour ajuster les licences, dans le même paragraphe"),
  (4, '5. Les prestataires. Les entreprises titulaires des marchés de collecte', None, "les prestataires ne sont pas visés par la restriction d'outils"),
  (6, 'les journaux de connexion sont gardés un an par la direction', 'Durée de conservation des conversations des agents : 90 jours.', "journaux de connexion / conversations : données différentes"),
  (6, 'Mémoire : désactivée par défaut, activable par l\'agent.', None, "option désactivée par défaut et activable : pas un CTR005"),
  (6, 'me feront part de leurs difficultés avant le 15 février 2027', None, "échéance de remontée, ni conservation ni révision"),
  (4, "Réutilisation des données pour l'entraînement : exclue", None, "engagement du syndicat prestataire"),
 ]}}
