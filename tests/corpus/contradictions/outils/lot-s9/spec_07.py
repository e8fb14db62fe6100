SPEC = {}
SPEC['commune-saint-privat-des-bruyeres.md'] = dict(
 desc="Commune fictive de Saint-Privat-des-Bruyères, charte d'une page sans titres de section, « nous », petite mairie",
 expect=[
  ("CTR001", "Les agents n'utilisent que Bruyère-IA", "la secrétaire peut utiliser Canva et son générateur d'images",
   "restriction « ne … que » à un seul outil / permission d'un autre outil d'IA (générateur d'images de Canva) ; la secrétaire est un agent"),
  ("CTR002", "Rien de ce qui touche à l'état civil ne passe par une IA", "l'agent d'état civil doit faire vérifier par Bruyère-IA",
   "vérifier les noms déclarés avant de dresser un acte de naissance ou de décès touche à l'état civil ; interdiction / obligation"),
  ("CTR003", "Cette charte sera revue chaque année", "La prochaine révision de la présente charte aura lieu dans trois ans",
   "périodicité de révision : annuelle / dans trois ans"),
 ],
 traps=[
  (4, "Nous voulons que l'IA nous fasse gagner du temps", None, "objectif"),
  (3, "Bruyère-IA peut servir à rédiger les courriers courants", "Les agents n'utilisent que Bruyère-IA", "permission portant sur l'outil même que désigne la restriction"),
  (5, "La mairie s'interdit de publier une photo d'habitant retouchée", "la secrétaire peut utiliser Canva et son générateur d'images", "affiches générées sans photo d'habitant : auto-interdiction compatible"),
  (4, "Les habitants peuvent bien sûr utiliser les outils qu'ils veulent", None, "norme visant un autre acteur (les habitants)"),
  (4, "Attention : une IA peut se tromper", None, "avertissement"),
  (2, "Les demandes des habitants ne sont jamais tranchées par l'IA", "Bruyère-IA peut servir à rédiger les courriers courants", "rédiger un courrier n'est pas trancher une demande"),
  (6, "Les échanges avec Bruyère-IA sont effacés au bout d'un mois", "Cette charte sera revue chaque année", "conservation / révision : paramètres différents"),
 ])
