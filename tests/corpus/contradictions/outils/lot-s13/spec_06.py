SPEC = {'office-hlm-val-d-escoule-habitat-web.md': {
 'desc': "Office public de l'habitat fictif Val d'Escoule Habitat, page web collée (liens d'évitement, menu, fil d'Ariane, partage, témoignage en citation, FAQ, bandeau cookies, pied de page), « nous » adressé aux locataires (office HLM)",
 'expect': [
  ('CTR001', "Nous n'utilisons jamais l'intelligence artificielle pour classer", 'Escoule-Match établit la liste des trois candidats',
   "retenir par l'outil trois candidats par logement, c'est sélectionner les candidats à un logement"),
  ('CTR001', 'Les fiches de nos locataires ne sont jamais transmises', 'résumer la fiche du locataire avant de le rappeler',
   "Copilot (Microsoft 365) est un outil d'IA extérieur à l'Office ; la fiche du locataire lui est transmise pour être résumée"),
  ('CTR002', 'Les courriers liés à un impayé de loyer ne sont jamais rédigés', 'Tout courrier de relance pour impayé doit être généré',
   "une relance pour impayé est un courrier lié à un impayé de loyer : rédaction par une IA exclue / obligatoire"),
  ('CTR003', 'Les enregistrements des appels passés à notre centre', '>>Combien de temps gardez-vous l',
   "mêmes enregistrements d'appels : 3 mois / « Six mois au maximum »"),
 ],
 'traps': [
  (3, 'Escoule-Rédac prépare les avis', 'Les fiches de nos locataires ne sont jamais transmises', "Escoule-Rédac est installé dans les locaux de l'Office : ce n'est pas un outil extérieur"),
  (2, 'Nos équipes de communication utilisent aussi Copilot', 'Les fiches de nos locataires ne sont jamais transmises', "la lettre trimestrielle ne contient aucune fiche de locataire"),
  (5, "L'Office s'interdit toute reconnaissance faciale", 'Les caméras des halls peuvent signaler', "détecter une panne d'éclairage n'identifie personne"),
  (4, '**Témoignage.**', None, "témoignage d'une locataire"),
  (6, 'Les conversations avec Léo sont conservées 30 jours', None, "conversations avec Léo / enregistrements d'appels : données différentes dans la même ligne"),
  (4, 'ne communiquez jamais vos coordonnées bancaires', None, "consigne adressée aux locataires, pas aux équipes"),
  (4, 'Ce site utilise des cookies', None, "bandeau cookies du site"),
 ]}}
