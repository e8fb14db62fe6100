SPEC = {}
SPEC['ccas-villeneuve-d-astor.md'] = dict(
 desc="CCAS fictif de Villeneuve-d'Astor, charte à tableaux (outils, usages, conservation), paragraphes numérotés 3.1…, données sociales et de santé",
 expect=[
  ("CTR001", "3.1 Aucune donnée personnelle d'un usager du CCAS", "| Mettre en forme la liste des bénéficiaires de l'aide alimentaire",
   "la liste des bénéficiaires d'une aide sociale est une donnée personnelle d'usagers ; Le Chat est un outil grand public (tableau des outils) ; permission dans une cellule « Oui »"),
  ("CTR001", "3.2 Les données de santé ne sont jamais saisies", "| Résumer le certificat médical joint",
   "un certificat médical est une donnée de santé ; « y compris Astréa »"),
  ("CTR002", "3.5 L'IA ne doit jamais être utilisée pour calculer le montant", "Le montant des aides facultatives doit être calculé par le module d'IA",
   "interdiction / obligation ; Barème+ est un module d'IA"),
  ("CTR003", "| Comptes rendus d'entretien générés par Astréa | 5 ans", "Les comptes rendus d'entretien générés par Astréa sont conservés deux ans",
   "cellule de tableau (5 ans) / phrase qui suit le tableau (deux ans), même objet"),
  ("CTR005", "L'enregistrement audio des entretiens d'accueil n'est activé qu'avec l'accord écrit", "l'enregistrement audio des entretiens d'accueil est activé par défaut",
   "option soumise à l'accord de la personne reçue puis activée par défaut"),
 ],
 traps=[
  (4, "Le CCAS souhaite que l'IA libère du temps", None, "objectif"),
  (4, "Les bénévoles de l'épicerie solidaire n'utilisent aucun outil", None, "norme visant un autre acteur (bénévoles)"),
  (3, "| Astréa | Module d'IA du logiciel d'action sociale", "3.1 Aucune donnée personnelle d'un usager du CCAS", "Astréa, module du logiciel métier du CCAS, n'est pas un outil grand public"),
  (1, "3.4 Astréa peut être utilisé pour rédiger les convocations", "3.3 Il est interdit de recourir à l'IA pour :", "le chapeau n'interdit que deux finalités ; rédiger une convocation n'en fait pas partie"),
  (5, "3.6 Le CCAS s'engage à ne jamais recourir", None, "auto-interdiction sans permission contraire"),
  (2, "| Rédiger le rapport d'activité annuel à partir de données agrégées", "3.1 Aucune donnée personnelle d'un usager du CCAS", "données agrégées : aucune donnée personnelle"),
  (2, "| Traduire en arabe et en turc un courrier type", "3.1 Aucune donnée personnelle d'un usager du CCAS", "courrier type d'information générale : aucune donnée personnelle"),
  (6, "La synthèse automatique des entretiens est désactivée par défaut", None, "option désactivée par défaut et activable : pas un CTR005"),
  (6, "| Journaux d'utilisation d'Astréa | 1 an |", "| Comptes rendus d'entretien générés par Astréa | 5 ans", "journaux / comptes rendus : données différentes"),
 ])
