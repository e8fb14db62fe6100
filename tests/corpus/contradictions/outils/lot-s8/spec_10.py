SPEC = {}
SPEC['commune-pontaubert-sur-serein-elus.md'] = dict(
 desc="Commune fictive de Pontaubert-sur-Serein, charte des élus avec en-tête YAML (`revision: biennale`, `perimetre: [elus]`), articles « Article N – »",
 expect=[
  ("CTR001", "Aucun élu ne peut utiliser un outil d'IA grand public pour travailler", "L'adjoint aux finances peut soumettre à la version gratuite de Copilot",
   "interdiction pour tous les élus / permission pour un élu nommé par sa fonction ; la version gratuite de Copilot est un outil grand public ; le projet de budget n'est pas encore public"),
  ("CTR001", "Les élus ne saisissent aucune donnée personnelle d'administrés", "Les élus de permanence peuvent dicter dans Pontia",
   "le nom et la demande d'un habitant sont des données personnelles ; « quel qu'il soit » couvre Pontia ; interdiction à l'indicatif présent"),
  ("CTR002", "Il est interdit à un élu de faire rédiger par une IA une intervention prononcée en séance", "Chaque rapporteur doit faire préparer par Pontia la présentation orale",
   "la présentation orale d'une délibération en séance est une intervention prononcée en séance ; faire préparer = faire rédiger"),
  ("CTR003", "revision: biennale", "La présente charte est révisée chaque année",
   "en-tête YAML (biennale) / corps (chaque année)"),
  ("CTR005", "n'est activée qu'avec l'accord de chaque conseiller présent", "la transcription automatique des séances du conseil municipal est activée par défaut",
   "option soumise à l'accord de chaque conseiller puis activée par défaut"),
 ],
 traps=[
  (4, "Le conseil municipal souhaite que l'intelligence artificielle", None, "objectif"),
  (4, "Les agents municipaux relèvent de la charte des services", None, "renvoi visant un autre public (agents)"),
  (5, "Les élus s'engagent à ne pas utiliser l'IA pour fabriquer", None, "auto-interdiction sans permission contraire"),
  (4, "Attention : une vidéo truquée", None, "avertissement"),
  (3, "Pontia peut être utilisé par les élus pour travailler sur les dossiers", "Aucun élu ne peut utiliser un outil d'IA grand public", "Pontia, outil de la commune, n'est pas un outil grand public"),
  (2, "Les élus peuvent utiliser ChatGPT ou Le Chat pour s'informer", "Aucun élu ne peut utiliser un outil d'IA grand public", "s'informer sur le fonctionnement d'un budget n'est pas travailler sur un dossier non public"),
  (2, "Pontia peut aider un élu à rédiger sa tribune", "Il est interdit à un élu de faire rédiger par une IA une intervention", "une tribune écrite dans le bulletin n'est pas une intervention prononcée en séance"),
  (1, "Pendant cette période, les élus peuvent toujours utiliser Pontia", "il est interdit aux élus d'utiliser les outils de la commune pour :", "le chapeau n'interdit que deux finalités ; l'ordre du jour des commissions n'en fait pas partie"),
  (6, "Le sous-titrage automatique de la retransmission vidéo est désactivé par défaut", None, "option désactivée par défaut et activable : pas un CTR005"),
  (6, "se réunit une fois par an", "revision: biennale", "réunion du comité / révision : paramètres différents"),
 ])
