SPEC = {}
SPEC['syndicat-des-eaux-de-la-haute-berle.yaml'] = dict(
 desc="Syndicat intercommunal fictif des eaux de la Haute-Berle, charte YAML : en-tête `revision: annuelle`, outils typés, clauses à `modalite`, bloc littéral chapeau + liste, tableau de conservation, annexe technique",
 expect=[
  ("CTR001", "- accorder ou refuser un échelonnement de facture ;", "Le service clientèle peut laisser Hydrelle rejeter",
   "rejeter une demande d'échelonnement, c'est la refuser ; item d'un bloc littéral dont le chapeau vise « Hydrelle compris »"),
  ("CTR002", "- rédiger une délibération du comité syndical.", "Le secrétariat doit soumettre à Hydrelle chaque projet de délibération",
   "écrire les considérants d'une délibération, c'est la rédiger en partie ; interdiction / obligation"),
  ("CTR001", "Les données des abonnés (nom, adresse, consommation", "les agents peuvent importer dans Gemini le fichier des abonnés",
   "Gemini est déclaré « outil d'IA grand public » ; le fichier des abonnés contient leurs noms et adresses"),
  ("CTR003", "revision: annuelle", "revision_de_la_charte: \"tous les deux ans",
   "périodicité de révision : annuelle (en-tête) / tous les deux ans (annexe technique)"),
  ("CTR005", "n'a lieu qu'avec le consentement exprès de l'appelant", "analyse_des_appels_entrants: \"activée par défaut",
   "analyse des appels soumise au consentement exprès de l'appelant puis activée par défaut sur toutes les lignes"),
 ],
 traps=[
  (4, "Le Syndicat entend mobiliser l'intelligence artificielle", None, "préambule : objectif"),
  (2, "Hydrelle peut résumer les rapports annuels", "- rédiger une délibération du comité syndical.", "résumer un rapport n'est pas rédiger une délibération"),
  (2, "Hydrelle peut proposer aux techniciens une liste de secteurs", "- décider d'une coupure ou d'une réduction de débit", "proposer des secteurs à surveiller ne décide aucune coupure chez un abonné"),
  (2, "ChatGPT peut servir à rédiger le texte générique de l'avis de travaux", "Les données des abonnés (nom, adresse, consommation", "texte générique sans donnée d'abonné"),
  (5, "Le Syndicat s'interdit d'utiliser l'IA pour profiler", None, "auto-interdiction sans permission contraire"),
  (4, "Le prestataire d'exploitation ne peut entraîner aucun modèle", None, "norme visant le prestataire"),
  (4, "Les prévisions de fuite d'Hydrelle sont des probabilités", None, "avertissement"),
  (6, "historique_conversations: \"six mois\"", "duree: 6 mois", "même valeur en deux écritures (six mois / 6 mois)"),
  (6, "duree: 1 an", "duree: 6 mois", "journaux d'accès / conversations : données différentes"),
  (6, "alerte_sms_abonnes:", None, "option désactivée par défaut, activable : pas un CTR005"),
 ])
