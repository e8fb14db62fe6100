SPEC = {}
SPEC['commune-aubiac-le-haut.md'] = dict(
 desc="Commune fictive d'Aubiac-le-Haut (312 habitants), charte d'une page écrite par la secrétaire de mairie, paragraphes sans titres, « nous »",
 expect=[
  ("CTR001", "Il ne faut jamais mettre dans ces outils le nom", "la secrétaire peut faire trier par ChatGPT le tableau des inscrits",
   "le tableau des inscrits au repas des aînés contient leurs noms ; « ces outils » = ChatGPT et Le Chat (instrument repris de la phrase antérieure)"),
  ("CTR002", "La mairie s'interdit de confier à une IA la réponse aux demandes d'urbanisme", "La secrétaire doit préparer avec Le Chat les réponses aux demandes de certificat",
   "auto-interdiction de la mairie / obligation faite à son agent ; un certificat d'urbanisme d'information est une demande d'urbanisme"),
 ],
 traps=[
  (2, "Nous pouvons utiliser ChatGPT ou Le Chat pour écrire les textes du bulletin", "Il ne faut jamais mettre dans ces outils le nom", "textes du bulletin et affiches : pas de coordonnées d'habitants"),
  (4, "Le Chat est un outil français", None, "constat sur l'outil"),
  (4, "Attention : une IA peut inventer", None, "avertissement"),
  (2, "La secrétaire peut demander à Le Chat de résumer le règlement", "La mairie s'interdit de confier à une IA la réponse", "résumer le règlement de la carte communale n'est pas répondre à une demande d'urbanisme"),
  (5, "La mairie s'engage à ne jamais utiliser l'IA pour choisir", None, "auto-interdiction sans permission contraire"),
  (4, "Les associations qui empruntent la salle informatique", None, "norme visant un autre acteur (associations)"),
 ])
