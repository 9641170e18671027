
      export type PossibleTypesResultData = {
  "possibleTypes": {
    "Entity": [
      "Country",
      "Department",
      "Document",
      "Guidance",
      "Instrument",
      "Meeting",
      "Ngo",
      "Objective",
      "PartnerAgency",
      "Programme",
      "Region",
      "Sector",
      "SocialPartner",
      "Topic"
    ],
    "Node": [
      "Collaboration",
      "Country",
      "Department",
      "Document",
      "Guidance",
      "Instrument",
      "Meeting",
      "Ngo",
      "Objective",
      "PartnerAgency",
      "Programme",
      "Region",
      "Sector",
      "SocialPartner",
      "Topic"
    ]
  }
};
      const result: PossibleTypesResultData = {
  "possibleTypes": {
    "Entity": [
      "Country",
      "Department",
      "Document",
      "Guidance",
      "Instrument",
      "Meeting",
      "Ngo",
      "Objective",
      "PartnerAgency",
      "Programme",
      "Region",
      "Sector",
      "SocialPartner",
      "Topic"
    ],
    "Node": [
      "Collaboration",
      "Country",
      "Department",
      "Document",
      "Guidance",
      "Instrument",
      "Meeting",
      "Ngo",
      "Objective",
      "PartnerAgency",
      "Programme",
      "Region",
      "Sector",
      "SocialPartner",
      "Topic"
    ]
  }
};
      export default result;
    