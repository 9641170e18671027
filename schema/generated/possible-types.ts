
      export type PossibleTypesResultData = {
  "possibleTypes": {
    "Entity": [
      "Classification",
      "Collaboration",
      "Country",
      "Department",
      "Document",
      "FieldOffice",
      "Guidance",
      "Instrument",
      "Meeting",
      "Ngo",
      "Objective",
      "PartnerAgency",
      "Person",
      "Programme",
      "Region",
      "Register",
      "Resolution",
      "Sector",
      "SocialPartner",
      "Topic"
    ],
    "Node": [
      "Classification",
      "Collaboration",
      "Country",
      "Department",
      "Document",
      "FieldOffice",
      "Guidance",
      "Instrument",
      "Meeting",
      "Ngo",
      "Objective",
      "PartnerAgency",
      "Person",
      "Programme",
      "Region",
      "Register",
      "Resolution",
      "Sector",
      "SocialPartner",
      "Topic"
    ],
    "StatementValue": [
      "AmountValue",
      "ConditionValue",
      "CountValue",
      "DateValue",
      "QuantityValue"
    ]
  }
};
      const result: PossibleTypesResultData = {
  "possibleTypes": {
    "Entity": [
      "Classification",
      "Collaboration",
      "Country",
      "Department",
      "Document",
      "FieldOffice",
      "Guidance",
      "Instrument",
      "Meeting",
      "Ngo",
      "Objective",
      "PartnerAgency",
      "Person",
      "Programme",
      "Region",
      "Register",
      "Resolution",
      "Sector",
      "SocialPartner",
      "Topic"
    ],
    "Node": [
      "Classification",
      "Collaboration",
      "Country",
      "Department",
      "Document",
      "FieldOffice",
      "Guidance",
      "Instrument",
      "Meeting",
      "Ngo",
      "Objective",
      "PartnerAgency",
      "Person",
      "Programme",
      "Region",
      "Register",
      "Resolution",
      "Sector",
      "SocialPartner",
      "Topic"
    ],
    "StatementValue": [
      "AmountValue",
      "ConditionValue",
      "CountValue",
      "DateValue",
      "QuantityValue"
    ]
  }
};
      export default result;
    