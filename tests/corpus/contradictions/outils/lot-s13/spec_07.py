SPEC = {'cc-du-plateau-de-sermange-deliberation.md': {
 'desc': "Communauté de communes fictive du Plateau de Sermange, extrait du registre des délibérations (visas, considérants) suivi de la charte à articles ; « Article 3 – Usages interdits » : chapeau + items « – » séparés par des lignes vides (EPCI)",
 'expect': [
  ('CTR001', "– l'instruction des demandes d'autorisation d'urbanisme", 'Le service commun ADS peut confier à Sermia la vérification',
   "vérifier la conformité d'un permis de construire au PLUi, c'est instruire une demande d'autorisation d'urbanisme ; interdiction « quel qu'il soit »"),
  ('CTR001', '– la rédaction des délibérations du conseil communautaire', 'Sermia peut produire le premier jet des projets de délibération',
   "le premier jet d'un projet de délibération du conseil communautaire relève de la rédaction de la délibération"),
  ('CTR002', 'Aucune candidature ne peut être analysée', 'Le service des ressources humaines doit faire produire par Sermia',
   "une fiche comparant chaque candidature au poste est une analyse de la candidature par un outil d'IA : interdite / obligatoire"),
  ('CTR005', "La transcription automatique d'une réunion n'est lancée", 'Dans Sermia-Visio, la transcription est activée par défaut',
   "transcription soumise à l'accord de tous les participants / activée par défaut pour toutes les réunions planifiées"),
  ('CTR003', 'Le comité de suivi procède chaque année à la révision', 'La présente charte est révisée tous les trois ans',
   "révision de la charte : chaque année / tous les trois ans"),
 ],
 'traps': [
  (4, 'Vu le règlement (UE) 2024/1689', None, "visa, pas une norme d'usage"),
  (1, 'Sermia peut rédiger des réponses aux questions des usagers', "– l'établissement des titres de recettes", "le chapeau n'interdit que trois finalités ; informer sur les déchetteries n'est pas établir un titre de recettes"),
  (2, 'Sermia peut résumer un permis de construire déjà délivré', "– l'instruction des demandes d'autorisation d'urbanisme", "résumer un permis délivré n'est pas instruire la demande"),
  (3, 'Sermia peut rédiger les comptes rendus des réunions de chantier', 'Les outils d\'IA grand public sont proscrits', "Sermia, hébergé par le centre de gestion, n'est pas un outil grand public"),
  (5, "La communauté de communes s'interdit d'utiliser l'IA pour surveiller", 'Des statistiques anonymes d', "des statistiques anonymes ne surveillent aucun agent"),
  (6, 'Le résumé automatique des courriels est désactivé', None, "option désactivée par défaut et activable : pas un CTR005"),
  (6, 'se réunit deux fois par an', 'Le comité de suivi procède chaque année à la révision', "réunion du comité / révision de la charte : paramètres différents"),
 ]}}
