SPEC = {}
SPEC['ccas-lantenac-sur-ivrette.md'] = dict(
 desc="CCAS fictif de Lantenac-sur-Ivrette, en-tête YAML, titre « Ce qui est proscrit » à items, tableau Usage / Autorisé / Interdit, données sociales et de santé",
 expect=[
  ("CTR001", "- la saisie de tout élément d'un dossier d'aide sociale dans un outil en ligne gratuit", "Les travailleurs sociaux peuvent utiliser la version gratuite de Le Chat",
   "le rapport social fait partie du dossier de demande d'aide ; la version gratuite de Le Chat est un outil en ligne gratuit (§ 2)"),
  ("CTR001", "| Résumer un certificat médical joint à une demande | | X |", "l'agent d'accueil peut demander à Pervenche de résumer les pièces médicales",
   "cellule « Interdit » d'un tableau consacré à Pervenche / permission en prose ; les pièces médicales d'un dossier comprennent les certificats médicaux"),
  ("CTR002", "Le CCAS s'interdit de recourir à un traitement automatisé pour décider", "doivent être rejetées automatiquement par Pervenche",
   "auto-interdiction / obligation ; rejeter une demande, c'est en décider le refus, ici sans examen par un agent"),
  ("CTR005", "La transcription automatique d'un entretien n'est lancée qu'avec l'accord écrit", "la transcription des entretiens d'accueil est activée par défaut",
   "option soumise à l'accord de la personne reçue puis activée par défaut pour tous les rendez-vous"),
  ("CTR003", "Les transcriptions d'entretiens sont supprimées au bout de trente jours", "| Transcriptions d'entretiens | 3 mois |",
   "même donnée ; trente jours en prose / 3 mois dans le tableau qui suit"),
 ],
 traps=[
  (1, "| Préparer un courrier de convocation à un rendez-vous | X | |", "Sont proscrits, quel que soit le service :", "la liste des usages proscrits ne comprend pas la préparation d'une convocation"),
  (4, "L'objectif de cette charte est de permettre", None, "objectif"),
  (3, "Pervenche peut être utilisé sur les dossiers des usagers", "- la saisie de tout élément d'un dossier d'aide sociale", "Pervenche, installé sur les serveurs de la mairie, n'est pas un outil en ligne gratuit"),
  (4, "Attention : les outils en ligne inventent parfois", None, "avertissement, pas une norme"),
  (2, "Proposer une liste de pièces manquantes ne vaut pas décision", "Le CCAS s'interdit de recourir à un traitement automatisé pour décider", "proposer n'est pas décider : l'agent reste juge"),
  (2, "| Calculer le reste à vivre à partir des justificatifs | X | |", "- l'utilisation d'un outil d'IA pour apprécier la situation personnelle", "un calcul arithmétique que le travailleur social exploite n'est pas une appréciation faite à sa place"),
  (2, "ChatGPT peut servir à préparer l'analyse des besoins sociaux", "- la saisie de tout élément d'un dossier d'aide sociale", "statistiques agrégées publiques : aucun élément de dossier"),
  (4, "Les usagers restent libres d'utiliser l'outil de leur choix", None, "norme visant un autre acteur (les usagers)"),
  (3, "- l'enregistrement audio d'un entretien sur un téléphone personnel", "la transcription des entretiens d'accueil est activée par défaut", "téléphone personnel / transcription dans Pervenche : instruments différents"),
  (6, "La suggestion automatique de réponses aux courriels est désactivée par défaut", None, "option désactivée par défaut et activable : pas un CTR005"),
  (6, "| Journaux d'accès à Pervenche | 1 an |", "| Transcriptions d'entretiens | 3 mois |", "journaux / transcriptions : données différentes"),
 ])
