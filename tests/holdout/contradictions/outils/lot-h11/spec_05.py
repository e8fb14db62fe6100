SPEC = {}
SPEC['cc-des-hauts-de-vernelle-avenant-word.md'] = dict(
 desc="Communauté de communes fictive des Hauts de Vernelle, Word converti (CRLF sans BOM), titres en capitales, « ARTICLE N - », items 1°, annexe technique en tableau, puis avenant n° 1 qui supprime, complète, insère et remplace",
 expect=[
  ("CTR001", "1° instruire une demande d'autorisation d'urbanisme ;", "Article 2. - L'article 4 est complété par un 5°",
   "contrôler la complétude des pièces d'un permis de construire fait partie de l'instruction ; l'avenant complète l'article 4 sans toucher au 1° de l'article 3 (Vernia compris)"),
  ("CTR002", "Aucune donnée relative aux bénéficiaires du service d'aide à domicile", "Article 5. - Il est inséré, après l'article 5, un article 5 bis",
   "plannings nominatifs des bénéficiaires de l'aide à domicile : interdiction de saisie dans un outil d'IA / obligation (« sont tenues de saisir ») dans Vernia"),
  ("CTR003", "Article 4. - À l'article 6, les mots « trois mois »", "| Conservation des conversations | 3 mois |",
   "l'avenant porte la conservation des conversations à six mois, l'annexe non modifiée (article 6 de l'avenant) garde 3 mois"),
  ("CTR005", "n'est activée qu'à la demande expresse du président de séance", "| Compte rendu automatique | Activé par défaut",
   "option soumise à la demande expresse du président de séance (art. 7) puis activée par défaut (annexe)"),
 ],
 traps=[
  (4, "La Communauté de communes souhaite que l'intelligence artificielle contribue", None, "objectif du préambule"),
  (4, "Le syndicat mixte s'interdit de céder", None, "norme visant l'exploitant"),
  (4, "Article 3. - Il est inséré, après l'article 4, un article 4 bis", "2° rédiger un acte administratif ;", "le 2° de l'article 3 est supprimé par l'article 1er de l'avenant : l'interdiction n'est plus en vigueur"),
  (6, "Article 4. - À l'article 6, les mots « trois mois »", "Les conversations des agents avec Vernia sont conservées trois mois.", "clause remplacée expressément : pas de conflit avec l'article 6 modifié"),
  (2, "3° produire une synthèse statistique des permis accordés", "1° instruire une demande d'autorisation d'urbanisme ;", "une statistique des permis accordés n'instruit aucune demande"),
  (1, "4° illustrer les supports de communication, sans représentation", "3° produire une image ou une vidéo représentant un élu.", "illustrations sans personne réelle : finalité non interdite"),
  (2, "Les agents peuvent utiliser Le Chat pour relire l'orthographe", "L'usage des outils d'IA grand public est interdit pour tout document de travail non publié.", "textes déjà publiés : objet disjoint"),
  (3, "1° résumer des documents de travail ;", "L'usage des outils d'IA grand public est interdit pour tout document de travail non publié.", "Vernia, exploité par le syndicat mixte, n'est pas un outil grand public"),
  (6, "| Conservation des journaux de connexion | 12 mois |", "Les journaux de connexion sont conservés un an.", "même valeur en deux écritures"),
  (6, "| Traduction automatique des documents |", None, "option désactivée par défaut, activable : pas un CTR005"),
 ])
