package com.onboarding.e2e.vendor;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

/** The check of recorded requests against the vendors' definition extracts, on requests written by hand. */
class RequestCheckTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private final RequestCheck check = RequestCheck.published();

    private static JsonNode request(String json) throws Exception {
        return MAPPER.readTree(json.replace('\'', '"'));
    }

    @Test
    void a_contract_with_the_time_reporting_flag_as_a_boolean_is_a_finding_and_as_an_integer_is_not() throws Exception {
        String contract = "{'api':'autotask','method':'POST','path':'/autotask/atservicesrest/V1.0/Contracts','query':{},"
                + "'body':{'companyID':174,'contractName':'Managed Services','contractType':7,'timeReportingRequiresStartAndStopTimes':%s}}";
        assertThat(check.findings(request(contract.formatted("false"))))
                .singleElement().asString().contains("timeReportingRequiresStartAndStopTimes is a boolean").contains("integer");
        assertThat(check.findings(request(contract.formatted("0")))).isEmpty();
    }

    @Test
    void a_field_the_entity_does_not_have_is_a_finding_in_a_body_and_in_a_query_filter() throws Exception {
        assertThat(check.findings(request("{'api':'autotask','method':'PATCH','path':'/autotask/atservicesrest/V1.0/Contracts/9/Services',"
                + "'query':{},'body':{'id':3,'adjustedPrice':40.0}}"))).singleElement().asString()
                .contains("adjustedPrice is not in the definition");
        assertThat(check.findings(request("{'api':'autotask','method':'POST','path':'/autotask/atservicesrest/V1.0/Resources/query',"
                + "'query':{},'body':{'filter':[{'op':'eq','field':'defaultRoleID','value':1}]}}"))).singleElement().asString()
                .contains("filters on defaultRoleID");
    }

    @Test
    void an_operation_or_a_query_parameter_the_vendor_does_not_define_is_a_finding() throws Exception {
        assertThat(check.findings(request("{'api':'itglue','method':'GET','path':'/itglue/organizations/5/relationships/documents',"
                + "'query':{'filter[name]':['X'],'page[size]':['100']}}"))).singleElement().asString()
                .contains("takes no query parameter filter[name]");
        assertThat(check.findings(request("{'api':'itglue','method':'GET','path':'/itglue/organizations/5/relationships/documents',"
                + "'query':{'filter[document_folder_id]':['7'],'page[size]':['100'],'page[number]':['1']}}"))).isEmpty();
        assertThat(check.findings(request("{'api':'graph','method':'DELETE','path':'/graph/v1.0/drives/b!1/items/01X','query':{}}")))
                .singleElement().asString().contains("not an operation");
    }

    @Test
    void nested_and_array_fields_are_checked_by_their_path() throws Exception {
        assertThat(check.findings(request("{'api':'docusign','method':'POST','path':'/docusign/restapi/v2.1/accounts/a1/envelopes',"
                + "'query':{},'body':{'templateId':'t','status':'sent','templateRoles':[{'roleName':'Signer','name':'Jo','email':'j@x'}],"
                + "'customFields':{'textCustomFields':[{'name':'OnboardingId','value':'o1','show':false}]}}}")))
                .singleElement().asString().contains("customFields.textCustomFields[].show is a boolean");
        assertThat(check.findings(request("{'api':'graph','method':'POST','path':'/graph/v1.0/drives/b!1/root/children','query':{},"
                + "'body':{'name':'Harbor Bakery','folder':{},'@microsoft.graph.conflictBehavior':'fail'}}"))).isEmpty();
    }

    @Test
    void apis_without_a_published_definition_are_not_checked() throws Exception {
        JsonNode flow = request("{'api':'power-automate','method':'POST','path':'/power-automate/workflows/x/triggers/manual/paths/invoke',"
                + "'query':{'api-version':['2016-06-01']},'body':{'anything':1}}");
        assertThat(check.covers(flow)).isFalse();
        assertThat(check.findings(flow)).isEmpty();
    }
}
