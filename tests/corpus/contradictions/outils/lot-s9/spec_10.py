SPEC = {}
SPEC['cc-terres-de-brionne-reglement-interieur.md'] = dict(
 desc="Communauté de communes fictive Terres de Brionne, annexe 4 au règlement intérieur du personnel : texte brut en capitales, « Art. A4-N – » en paragraphe, phrase nominale",
 expect=[
  ("CTR001", "L'utilisation d'outils d'IA sur un équipement personnel pour des tâches professionnelles est interdite", "En télétravail, l'agent peut, depuis son ordinateur personnel, recourir à Copilot",
   "interdiction « y compris en situation de télétravail » / permission en télétravail sur l'ordinateur personnel ; la condition sur les données personnelles ne lève pas l'interdiction"),
  ("CTR002", "Les agents ne communiquent à aucun outil d'IA le contenu des procédures disciplinaires", "Le service des ressources humaines doit faire anonymiser par Brionne-Assistant",
   "faire anonymiser un rapport disciplinaire par l'outil, c'est lui en communiquer le contenu ; interdiction / obligation"),
  ("CTR001", "Génération automatique des plannings d'astreinte : interdite.", "Le chef du centre technique peut faire établir par Brionne-Assistant le planning des astreintes",
   "interdiction nominale / permission ; les astreintes hivernales de déneigement sont des astreintes"),
  ("CTR003", "est signalé au référent IA dans les 24 heures", "dans un délai de trois jours ouvrés à compter de la constatation",
   "délai de signalement d'un incident : 24 heures (art. A4-6) / trois jours ouvrés (art. A4-11, qui renvoie au même signalement)"),
 ],
 traps=[
  (4, "La présente annexe précise, pour l'usage des outils", None, "objet de l'annexe"),
  (3, "La collectivité met à la disposition des agents Brionne-Assistant", "L'utilisation d'outils d'IA sur un équipement personnel", "outil de la collectivité sur équipement professionnel : hors du champ de l'interdiction"),
  (2, "Il est utilisable pour toutes les tâches courantes, dans le respect de la présente annexe", "Génération automatique des plannings d'astreinte : interdite.", "permission générale expressément subordonnée à l'annexe : les interdictions particulières la restreignent sans la contredire"),
  (2, "Les agents peuvent en revanche demander à Brionne-Assistant d'expliquer les étapes", "Les agents ne communiquent à aucun outil d'IA le contenu des procédures disciplinaires", "information générale sur la procédure : aucun contenu d'une procédure"),
  (2, "Brionne-Assistant peut proposer le planning des permanences d'accueil", "Génération automatique des plannings d'astreinte : interdite.", "permanences d'accueil / astreintes : objets différents"),
  (6, "Le référent IA accuse réception du signalement sous 48 heures", "est signalé au référent IA dans les 24 heures", "accusé de réception / signalement : paramètres différents"),
  (5, "La collectivité s'interdit de consulter le contenu des conversations", None, "auto-interdiction sans permission contraire (l'exception de l'enquête administrative est écrite dans la règle)"),
  (4, "Le non-respect de la présente annexe peut donner lieu", None, "conséquences des manquements, pas une norme sur un usage"),
 ])
