SPEC = {}
SPEC['sdis-des-monts-de-caune.md'] = dict(
 desc="SDIS fictif des Monts de Caune, note de service en texte brut : titres en capitales, paragraphes numérotés 1.1, 2.2…, signature",
 expect=[
  ("CTR001", "2.1 Aucun outil d'IA ne participe à la réception", "4.3 Les opérateurs du CTA peuvent s'appuyer sur Vigie",
   "qualifier la demande de secours et proposer le moyen pendant la prise d'appel, c'est participer au traitement de l'appel d'urgence"),
  ("CTR002", "2.2 Les bilans secouristes des victimes ne sont jamais transmis", "4.4 Après chaque intervention, le chef d'agrès doit dicter",
   "dicter le bilan secouriste à Vigie, c'est le lui transmettre ; interdiction (« Vigie inclus ») / obligation"),
  ("CTR001", "2.3 L'emploi d'outils d'IA grand public est interdit", "4.6 Les officiers prévision peuvent utiliser Copilot",
   "la version gratuite de Copilot est un outil grand public ; un plan ETARE est un document opérationnel"),
  ("CTR003", "5.1 Les enregistrements des dictées faites à Vigie sont conservés 30 jours.", "5.3 Pour limiter le volume stocké",
   "même donnée : 30 jours / 7 jours"),
  ("CTR005", "3.2 La géolocalisation des sapeurs-pompiers volontaires", "5.4 Paramétrage initial de Vigie Mobile",
   "géolocalisation soumise à l'accord de chacun puis activée par défaut pour tous les SPV"),
 ],
 traps=[
  (4, "1.1 L'intelligence artificielle doit permettre de réduire", None, "objectif (« doit permettre » n'oblige personne à une action)"),
  (4, "1.3 Les réponses de l'IA ne remplacent ni le jugement", None, "principe / avertissement"),
  (5, "2.4 Le SDIS s'interdit d'utiliser l'IA pour surveiller", None, "auto-interdiction sans permission contraire"),
  (3, "4.1 Vigie peut résumer les retours d'expérience", "2.3 L'emploi d'outils d'IA grand public est interdit", "Vigie, hébergé par le SDIS, n'est pas grand public"),
  (2, "4.5 Vigie peut analyser les statistiques d'interventions", "2.1 Aucun outil d'IA ne participe à la réception", "statistiques annuelles : pas le traitement d'un appel"),
  (2, "4.7 La version gratuite de Copilot peut aussi servir", "2.3 L'emploi d'outils d'IA grand public est interdit", "article du journal interne : pas un document opérationnel"),
  (4, "4.8 Les jeunes sapeurs-pompiers peuvent utiliser", None, "norme visant un autre acteur (les JSP, pour leurs exposés)"),
  (6, "3.3 Le mode « dictée mains libres »", None, "option désactivée par défaut, activable : pas un CTR005"),
  (6, "5.2 Les journaux d'accès à Vigie sont conservés un an.", "5.1 Les enregistrements des dictées faites à Vigie", "journaux / enregistrements : données différentes"),
  (4, "Vigie peut se tromper sur une adresse", None, "avertissement"),
  (4, "Le titulaire du marché de maintenance de Vigie", None, "norme visant le prestataire"),
 ])
